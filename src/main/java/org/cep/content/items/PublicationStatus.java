package org.cep.content.items;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an item is visible to everyone (from its {@code publishedAt} on) or only to editors. */
@Schema(name = "PublicationStatus", description = "Whether an item is visible to everyone (from its publishedAt on) or only to editors.", example = "published")
public enum PublicationStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("published") PUBLISHED
}
