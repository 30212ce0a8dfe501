package org.cep.content.common.problems;

import java.time.Duration;
import java.util.List;

/** Thrown anywhere to answer with a problem; {@link ProblemMappers} turns it into the response. */
public class ProblemException extends RuntimeException {

    final ProblemKind kind;
    final List<InvalidParam> errors;
    /** When the client may try again, sent as Retry-After; null when trying again will not help. */
    final Duration retryAfter;

    ProblemException(ProblemKind kind, String detail, List<InvalidParam> errors) {
        this(kind, detail, errors, null);
    }

    ProblemException(ProblemKind kind, String detail, List<InvalidParam> errors, Duration retryAfter) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static ProblemException notFound(String what, String slug) {
        return new ProblemException(ProblemKind.NOT_FOUND, "There is no published " + what + " '" + slug + "'.", List.of());
    }

    public static ProblemException invalidParameters(List<InvalidParam> errors) {
        String detail = errors.size() == 1 ? "1 query parameter is invalid." : errors.size() + " query parameters are invalid.";
        return new ProblemException(ProblemKind.INVALID_PARAMETERS, detail, errors);
    }

    public static ProblemException tooManyRequests(String policy, int requests, Duration window, Duration retryAfter) {
        return new ProblemException(ProblemKind.TOO_MANY_REQUESTS, "This client has made more than " + requests
                + " requests in " + window.toSeconds() + " seconds (policy '" + policy + "'); try again after "
                + seconds(retryAfter) + " seconds.", List.of(), retryAfter);
    }

    /** Whole seconds, rounded up and at least one, as Retry-After takes them. */
    static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
