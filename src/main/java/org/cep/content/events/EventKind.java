package org.cep.content.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of gathering an event is. */
@Schema(name = "EventKind", description = "What sort of gathering an event is.", example = "seminar")
public enum EventKind {
    @JsonProperty("seminar") SEMINAR,
    @JsonProperty("conference") CONFERENCE,
    @JsonProperty("workshop") WORKSHOP,
    @JsonProperty("training") TRAINING,
    @JsonProperty("webinar") WEBINAR,
    @JsonProperty("meeting") MEETING,
    @JsonProperty("general-assembly") GENERAL_ASSEMBLY
}
