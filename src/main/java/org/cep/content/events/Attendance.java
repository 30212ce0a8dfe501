package org.cep.content.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where participants attend from. */
public enum Attendance {
    @JsonProperty("in-person") IN_PERSON,
    @JsonProperty("online") ONLINE,
    @JsonProperty("hybrid") HYBRID
}
