package org.cep.content.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where participants attend from. */
@Schema(name = "Attendance", description = "How participants attend: in person, online, or either.", example = "in-person")
public enum Attendance {
    @JsonProperty("in-person") IN_PERSON,
    @JsonProperty("online") ONLINE,
    @JsonProperty("hybrid") HYBRID
}
