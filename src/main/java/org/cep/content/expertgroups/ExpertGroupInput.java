package org.cep.content.expertgroups;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cep.content.items.PublicationStatus;
import org.cep.content.items.ContentInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The body that creates or replaces an expert group; chairs, members and tags are slugs. */
@Schema(name = "ExpertGroupInput", description = "An expert group as written; chairs, members and tags are slugs.",
        example = """
                {"slug": "electronic-monitoring", "name": "Electronic Monitoring", "description": "Considering importance of EM...",
                 "since": 2024, "chairs": [], "members": [], "tags": ["electronic-monitoring"], "status": "published"}""")
public record ExpertGroupInput(
        @NotNull @Pattern(regexp = SLUG, message = "must be lower-case letters, digits and single hyphens") @Size(max = 200) String slug,
        @NotBlank @Size(max = 500) String name,
        @Schema(description = "Markdown.") @Size(max = MAX_MARKDOWN) String description,
        @Schema(description = "The year the group started.") @Min(1900) @Max(2100) Integer since,
        @Schema(description = "Slugs of people.") List<@NotNull String> chairs,
        @Schema(description = "Slugs of people.") List<@NotNull String> members,
        @Schema(description = "Tag slugs.") List<@NotNull String> tags,
        @Schema(required = true) @NotNull PublicationStatus status,
        @Schema(description = "When a published group becomes visible; none for at once.") Instant publishedAt,
        @Schema(description = "The slug of the picture shown with it: a media item that is an image.", pattern = SLUG) @Size(max = 200) String image) implements ContentInput {
}
