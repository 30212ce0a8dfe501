package org.cep.content.media;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The parts of an upload, for the contract; {@link MediaForm} reads them. */
@Schema(name = "MediaUpload", description = "An upload as `multipart/form-data`: the file and what editors say of it. The "
        + "file's type is read from its bytes (JPEG, PNG, GIF, WebP, PDF, .docx, .pptx, .xlsx); SVG is refused.",
        requiredProperties = {"file"},
        example = """
                {"file": "(the bytes of GA 2025 Utrecht.jpg)", "alt": "Delegates in the plenary hall of the 2025 General Assembly in Utrecht",
                 "caption": "General Assembly 2025, Utrecht", "credit": "Photo: CEP", "focalPoint": "0.5,0.4"}""")
public record MediaUpload(
        @Schema(type = SchemaType.STRING, format = "binary", description = "The file, with its name (the slug comes from it), "
                + "at most `content.media.max-bytes` (20 MB by default).") String file,
        @Schema(description = "The slug; by default the file name's, without its extension.", pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
                maxLength = 200) String slug,
        @Schema(description = "Required for an image: what it shows, for those who cannot see it.", maxLength = 1000) String alt,
        @Schema(maxLength = 2000) String caption,
        @Schema(description = "Who made it, as it must be credited.", maxLength = 500) String credit,
        @Schema(description = "The point crops keep: `x,y`, each from 0 to 1 (left to right, top to bottom).",
                pattern = "^\\s*[01](\\.\\d+)?\\s*,\\s*[01](\\.\\d+)?\\s*$") String focalPoint,
        @Schema(description = "Tag slugs; repeat the part for several.") List<String> tags,
        @Schema(description = "`published` (the default) or `draft`.", enumeration = {"published", "draft"}) String status,
        @Schema(description = "When a published item becomes visible; none for at once.", format = "date-time") String publishedAt) {
}
