package org.cep.content.news;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cep.content.items.PublicationStatus;
import org.cep.content.items.ContentInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The body that creates or replaces a news item; references to other items are their slugs. */
@Schema(name = "NewsInput", description = "A news item as written: author, people, project, event, expert group and tags are slugs.",
        example = """
                {"slug": "cep-updates-framework-decision-947-guides", "title": "CEP Updates Framework Decision 947 Guides",
                 "summary": "CEP has released updated versions of its guides.", "body": "CEP has released *updated* guides.",
                 "publishedAt": "2025-10-05T22:00:00Z", "tags": ["framework-decisions"], "author": "robert-orell",
                 "people": [], "status": "published"}""")
public record NewsInput(
        @NotNull @Pattern(regexp = SLUG, message = "must be lower-case letters, digits and single hyphens") @Size(max = 200) String slug,
        @NotBlank @Size(max = 500) String title,
        @Size(max = MAX_SUMMARY) String summary,
        @Schema(description = "Markdown.") @Size(max = MAX_MARKDOWN) String body,
        @Schema(description = "When the item is (or was) published; a future time schedules it. Default: when it is created.")
        Instant publishedAt,
        @Schema(description = "Tag slugs.") List<@NotNull String> tags,
        @Schema(description = "A person's slug.") String author,
        @Schema(description = "A project's slug.") String project,
        @Schema(description = "An event's slug.") String event,
        @Schema(description = "An expert group's slug.") String expertGroup,
        @Schema(description = "Slugs of the people the item is about or names.") List<@NotNull String> people,
        @Valid NewsView.Media media,
        @Schema(required = true) @NotNull PublicationStatus status,
        @Schema(description = "The slug of the picture shown with it: a media item that is an image.", pattern = SLUG) @Size(max = 200) String image) implements ContentInput {
}
