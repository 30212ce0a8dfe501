package org.cep.content.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an event goes ahead as announced. */
@Schema(name = "EventStatus", description = "Whether an event goes ahead as announced.", example = "scheduled")
public enum EventStatus {
    @JsonProperty("scheduled") SCHEDULED,
    @JsonProperty("cancelled") CANCELLED,
    @JsonProperty("postponed") POSTPONED
}
