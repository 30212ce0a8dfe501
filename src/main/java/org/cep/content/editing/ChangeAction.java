package org.cep.content.editing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a change did to its item. */
public enum ChangeAction {
    @JsonProperty("created") CREATED,
    @JsonProperty("updated") UPDATED,
    @JsonProperty("deleted") DELETED
}
