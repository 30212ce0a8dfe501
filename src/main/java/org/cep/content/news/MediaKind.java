package org.cep.content.news;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a news item's media link points at. */
@Schema(name = "MediaKind", description = "What a news item's media link points at.", example = "video")
public enum MediaKind {
    @JsonProperty("video") VIDEO,
    @JsonProperty("audio") AUDIO,
    @JsonProperty("image") IMAGE
}
