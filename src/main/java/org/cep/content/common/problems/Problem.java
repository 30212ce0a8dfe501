package org.cep.content.common.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem detail, served as application/problem+json.",
        example = """
                {"type": "https://cep-probation.org/problems/invalid-parameters", "title": "Invalid query parameters",
                 "status": 400, "detail": "1 query parameter is invalid.", "instance": "/api/v1/events",
                 "errors": [{"name": "from", "in": "query",
                   "reason": "'2025-13-01' is not a date: use YYYY-MM-DD or a date-time with its offset, such as 2025-01-31T09:00:00+01:00"}]}""")
public record Problem(
        @Schema(required = true, description = "A stable URI naming the kind of problem.") URI type,
        @Schema(required = true, description = "A short summary of the kind of problem.") String title,
        @Schema(required = true, description = "The HTTP status code.", minimum = "400", maximum = "599") int status,
        @Schema(description = "What went wrong with this request, in plain words.") String detail,
        @Schema(description = "The path of the request that failed.") String instance,
        @Schema(description = "For bad input: each offending parameter or field and why.") List<InvalidParam> errors,
        @Schema(description = "For a stale If-Match (412): the item's current ETag, to fetch it again or retry with.",
                example = "\"omrkiWLWANK6h9CrHACgP9e1\"") String currentETag) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
