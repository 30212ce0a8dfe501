package org.cep.content.projects;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a project is still running. */
public enum ProjectState {
    @JsonProperty("ongoing") ONGOING,
    @JsonProperty("completed") COMPLETED
}
