package org.cep.content.common.problems;

import java.net.URI;

/** The kinds of problem this API answers with, each with its stable type URI and status. */
public enum ProblemKind {
    INVALID_PARAMETERS("invalid-parameters", "Invalid query parameters", 400),
    CROSS_ORIGIN_REFUSED("cross-origin-refused", "Cross-origin request refused", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONTENT_TOO_LARGE("content-too-large", "Content too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    HTTP_ERROR("http-error", "Request refused", 400),
    INTERNAL("internal-error", "Internal server error", 500),
    DATABASE_UNAVAILABLE("database-unavailable", "Service unavailable", 503);

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
