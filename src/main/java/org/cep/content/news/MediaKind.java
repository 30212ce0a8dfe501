package org.cep.content.news;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a news item's media link points at. */
public enum MediaKind {
    @JsonProperty("video") VIDEO,
    @JsonProperty("audio") AUDIO,
    @JsonProperty("image") IMAGE
}
