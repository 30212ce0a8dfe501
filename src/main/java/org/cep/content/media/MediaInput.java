package org.cep.content.media;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cep.content.items.ContentInput;
import org.cep.content.items.PublicationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * What an editor says of a media item: the body of a replace and the document a merge patch applies to. The file
 * itself comes only with the upload that creates the item; it never changes afterwards.
 */
@Schema(name = "MediaItemInput", description = "A media item's description as written; tags are slugs. The file is given "
        + "only when the item is uploaded (`POST /api/v1/media`) and never changes.",
        example = """
                {"slug": "ga-2025-utrecht", "alt": "Delegates in the plenary hall of the 2025 General Assembly in Utrecht",
                 "caption": "General Assembly 2025, Utrecht", "credit": "Photo: CEP", "focalPoint": {"x": 0.5, "y": 0.4},
                 "tags": [], "status": "published"}""")
public record MediaInput(
        @NotNull @Pattern(regexp = SLUG, message = "must be lower-case letters, digits and single hyphens") @Size(max = 200) String slug,
        @Schema(description = "What the image shows, for those who cannot see it; required for an image.") @Size(max = 1000) String alt,
        @Size(max = 2000) String caption,
        @Schema(description = "Who made it, as it must be credited.") @Size(max = 500) String credit,
        @Valid FocalPoint focalPoint,
        @Schema(description = "Tag slugs.") List<@NotNull String> tags,
        @Schema(required = true) @NotNull PublicationStatus status,
        @Schema(description = "When a published media item becomes visible; none for at once.") Instant publishedAt,
        @JsonIgnore @Schema(hidden = true) Upload file) implements ContentInput {
}
