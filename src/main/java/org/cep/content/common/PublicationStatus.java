package org.cep.content.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an item is visible to everyone (from its {@code publishedAt} on) or only to editors. */
public enum PublicationStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("published") PUBLISHED
}
