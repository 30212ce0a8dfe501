package org.cep.content.query;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which items a collection lists by publication: only {@code published} ones unless an editor asks for more. */
public enum ListedStatus {
    /** Published, and their publication time has come: what everyone sees. */
    @JsonProperty("published") PUBLISHED,
    /** Published with a publication time still to come. */
    @JsonProperty("scheduled") SCHEDULED,
    /** Drafts. */
    @JsonProperty("draft") DRAFT,
    /** Everything, whatever its status. */
    @JsonProperty("any") ANY
}
