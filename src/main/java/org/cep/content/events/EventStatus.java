package org.cep.content.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an event goes ahead as announced. */
public enum EventStatus {
    @JsonProperty("scheduled") SCHEDULED,
    @JsonProperty("cancelled") CANCELLED,
    @JsonProperty("postponed") POSTPONED
}
