package org.cep.content.changes;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a change did to its item. */
@Schema(name = "ChangeAction", description = "What a change did to its item.", example = "updated")
public enum ChangeAction {
    @JsonProperty("created") CREATED,
    @JsonProperty("updated") UPDATED,
    @JsonProperty("deleted") DELETED
}
