package org.cep.content.query;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether items must carry any or all of the requested tags. */
public enum TagMatch {
    @JsonProperty("any") ANY,
    @JsonProperty("all") ALL
}
