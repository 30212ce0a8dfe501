package org.cep.content.common.problems;

import java.net.URI;

/** The kinds of problem this API answers with, each with its stable type URI and status. */
public enum ProblemKind {
    INVALID_PARAMETERS("invalid-parameters", "Invalid query parameters", 400),
    INVALID_CONTENT("invalid-content", "Invalid content", 400),
    UNAUTHORIZED("unauthorized", "Credentials needed", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    CROSS_ORIGIN_REFUSED("cross-origin-refused", "Cross-origin request refused", 403),
    NOT_FOUND("not-found", "Not found", 404),
    CONFLICT("slug-taken", "Slug already taken", 409),
    PRECONDITION_FAILED("stale-etag", "The item has changed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    PRECONDITION_REQUIRED("if-match-required", "If-Match required", 428),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", "Range not satisfiable", 416),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    HTTP_ERROR("http-error", "Request refused", 400),
    INTERNAL("internal-error", "Internal server error", 500),
    DATABASE_UNAVAILABLE("database-unavailable", "Service unavailable", 503),
    SEARCH_BUSY("search-busy", "Search busy", 503),
    CALENDAR_BUSY("calendar-busy", "Calendar busy", 503);

    private static final String BASE = "https://cep-probation.org/problems/";

    final URI type;
    final String title;
    final int status;

    ProblemKind(String slug, String title, int status) {
        this.type = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }
}
