package org.cep.content.projects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a project is still running. */
@Schema(name = "ProjectState", description = "Whether a project is still running.", example = "ongoing")
public enum ProjectState {
    @JsonProperty("ongoing") ONGOING,
    @JsonProperty("completed") COMPLETED
}
