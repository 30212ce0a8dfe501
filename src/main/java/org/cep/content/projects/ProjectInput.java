package org.cep.content.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cep.content.items.PublicationStatus;
import org.cep.content.items.ContentInput;
import org.cep.content.items.WebUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The body that creates or replaces a project; people and tags are slugs. */
@Schema(name = "ProjectInput", description = "A project as written; people and tags are slugs.",
        example = """
                {"slug": "empro", "title": "EMPRO project", "acronym": "EMPRO", "summary": "EMPRO strengthens FD 947 and 829.",
                 "body": "EMPRO aims to *strengthen*...", "startDate": "2024-01-01", "endDate": "2025-12-31", "state": "ongoing",
                 "website": "https://www.cep-probation.org/empro", "funders": ["European Union"], "partners": [],
                 "objectives": [], "targetGroups": [], "activities": [], "people": [], "tags": ["framework-decisions"],
                 "status": "published"}""")
public record ProjectInput(
        @NotNull @Pattern(regexp = SLUG, message = "must be lower-case letters, digits and single hyphens") @Size(max = 200) String slug,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 100) String acronym,
        @Size(max = MAX_SUMMARY) String summary,
        @Schema(description = "Markdown.") @Size(max = MAX_MARKDOWN) String body,
        LocalDate startDate,
        @Schema(description = "Not before startDate.") LocalDate endDate,
        @NotNull ProjectState state,
        @WebUrl String website,
        List<@NotBlank @Size(max = 500) String> funders,
        List<@NotBlank @Size(max = 500) String> partners,
        List<@NotBlank @Size(max = 4000) String> objectives,
        List<@NotBlank @Size(max = 4000) String> targetGroups,
        List<@NotBlank @Size(max = 4000) String> activities,
        @Schema(description = "Slugs of people.") List<@NotNull String> people,
        @Schema(description = "Tag slugs.") List<@NotNull String> tags,
        @Schema(required = true) @NotNull PublicationStatus status,
        @Schema(description = "When a published project becomes visible; none for at once.") Instant publishedAt,
        @Schema(description = "The slug of the picture or logo shown with it: a media item that is an image.", pattern = SLUG) @Size(max = 200) String image) implements ContentInput {
}
