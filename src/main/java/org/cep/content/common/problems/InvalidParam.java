package org.cep.content.common.problems;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending parameter or field, and what would have been accepted. */
@Schema(name = "InvalidParam", description = "One offending parameter or field, and what would have been accepted.",
        example = "{\"name\": \"size\", \"in\": \"query\", \"reason\": \"must be a whole number from 1 to 100, was '500'\"}")
public record InvalidParam(
        @Schema(required = true, description = "The parameter or field name.") String name,
        @Schema(required = true, description = "Where it was given.", enumeration = {"query", "path", "header", "body"}) String in,
        @Schema(required = true, description = "Why it was refused and what is accepted.") String reason) {

    public static InvalidParam query(String name, String reason) {
        return new InvalidParam(name, "query", reason);
    }

    public static InvalidParam body(String name, String reason) {
        return new InvalidParam(name, "body", reason);
    }
}
