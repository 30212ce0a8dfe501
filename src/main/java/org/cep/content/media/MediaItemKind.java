package org.cep.content.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a media item is: an image, shown inline and rendered at other sizes, or a document, downloaded. */
@Schema(name = "MediaItemKind", description = "`image` (JPEG, PNG, GIF, WebP: shown inline, with renditions) or "
        + "`document` (PDF, Word, PowerPoint, Excel: downloaded as an attachment).", example = "image")
public enum MediaItemKind {
    @JsonProperty("image") IMAGE,
    @JsonProperty("document") DOCUMENT
}
