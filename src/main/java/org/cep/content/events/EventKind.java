package org.cep.content.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What sort of gathering an event is. */
public enum EventKind {
    @JsonProperty("seminar") SEMINAR,
    @JsonProperty("conference") CONFERENCE,
    @JsonProperty("workshop") WORKSHOP,
    @JsonProperty("training") TRAINING,
    @JsonProperty("webinar") WEBINAR,
    @JsonProperty("meeting") MEETING,
    @JsonProperty("general-assembly") GENERAL_ASSEMBLY
}
