package org.cep.content.common.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.cep.content.query.ApiEnums;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown anywhere to answer with a problem; {@link ProblemMappers} turns it into the response. */
public class ProblemException extends RuntimeException {

    final ProblemKind kind;
    final List<InvalidParam> errors;
    final String currentETag;
    /** When the client may try again, sent as Retry-After; null when trying again will not help. */
    final Duration retryAfter;

    ProblemException(ProblemKind kind, String detail, List<InvalidParam> errors) {
        this(kind, detail, errors, null, null);
    }

    ProblemException(ProblemKind kind, String detail, List<InvalidParam> errors, Duration retryAfter) {
        this(kind, detail, errors, null, retryAfter);
    }

    private ProblemException(ProblemKind kind, String detail, List<InvalidParam> errors, String currentETag, Duration retryAfter) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.currentETag = currentETag;
        this.retryAfter = retryAfter;
    }

    /** The offending fields, each with why it was refused; none for a problem that is not about fields. */
    public List<InvalidParam> errors() {
        return errors;
    }

    public static ProblemException notFound(String what, String slug) {
        return new ProblemException(ProblemKind.NOT_FOUND, "There is no published " + what + " '" + slug + "'.", List.of());
    }

    public static ProblemException invalidParameters(List<InvalidParam> errors) {
        String detail = errors.size() == 1 ? "1 query parameter is invalid." : errors.size() + " query parameters are invalid.";
        return new ProblemException(ProblemKind.INVALID_PARAMETERS, detail, errors);
    }

    public static ProblemException invalidContent(List<InvalidParam> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid; nothing was stored."
                : errors.size() + " fields are invalid; nothing was stored.";
        return new ProblemException(ProblemKind.INVALID_CONTENT, detail, errors);
    }

    public static ProblemException absent(String what, String slug) {
        return new ProblemException(ProblemKind.NOT_FOUND, "There is no " + what + " '" + slug + "'.", List.of());
    }

    /** A body that is not JSON, or whose field has the wrong form or is unknown: the problem names the field. */
    public static ProblemException unreadable(JsonProcessingException e) {
        InvalidParam error;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String accepted = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            error = InvalidParam.body(JsonPaths.of(unknown), "unknown property; accepted: " + accepted);
        } else if (e instanceof MismatchedInputException mismatch) {
            String name = JsonPaths.of(mismatch);
            Class<?> target = mismatch.getTargetType();
            String reason = target != null && target.isEnum()
                    ? "unknown value; accepted: " + String.join(", ", ApiEnums.names(target.asSubclass(Enum.class)))
                    : "cannot be read as " + JsonPaths.describe(target);
            error = InvalidParam.body(name.isEmpty() ? "body" : name, reason);
        } else {
            error = InvalidParam.body("body", "not well-formed JSON: " + e.getOriginalMessage());
        }
        return invalidContent(List.of(error));
    }

    public static ProblemException slugTaken(String what, String slug) {
        return new ProblemException(ProblemKind.CONFLICT, "Another " + what + " already has the slug '" + slug + "'.",
                List.of(InvalidParam.body("slug", "'" + slug + "' is taken; choose another")));
    }

    public static ProblemException ifMatchRequired() {
        return new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                "Send the item's current ETag in If-Match, so that no one else's change is overwritten.", List.of());
    }

    public static ProblemException stale(String currentETag) {
        return new ProblemException(ProblemKind.PRECONDITION_FAILED,
                "The item has changed since the ETag given in If-Match; fetch it again and reapply the change.", List.of(),
                currentETag, null);
    }

    /** A body larger than the limit said in the detail. */
    public static ProblemException tooLarge(String detail) {
        return new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, detail, List.of());
    }

    /** A body, or a part of one, that is not of a type accepted: the detail says which it is and which are accepted. */
    public static ProblemException unsupportedMediaType(String detail, List<InvalidParam> errors) {
        return new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, detail, errors);
    }

    /** A Range that lies outside the file: the answer's Content-Range gives the file's length. */
    public static ProblemException rangeNotSatisfiable(long length) {
        return new OutOfRange(length);
    }

    /** The problem of a range outside a file, which knows the file's length. */
    static final class OutOfRange extends ProblemException {
        final long length;

        OutOfRange(long length) {
            super(ProblemKind.RANGE_NOT_SATISFIABLE, "The range asked for lies outside the file's " + length + " bytes.", List.of());
            this.length = length;
        }
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(ProblemKind.UNAUTHORIZED, detail, List.of());
    }

    public static ProblemException tooManyRequests(String policy, int requests, Duration window, Duration retryAfter) {
        return new ProblemException(ProblemKind.TOO_MANY_REQUESTS, "This client has made more than " + requests
                + " requests in " + window.toSeconds() + " seconds (policy '" + policy + "'); try again after "
                + secondsText(retryAfter) + ".", List.of(), retryAfter);
    }

    /** A search that could not run, or not to its end, within its bounds ({@code content.search.*}). */
    public static ProblemException searchBusy(String detail, Duration retryAfter) {
        return new ProblemException(ProblemKind.SEARCH_BUSY, detail + " Try again after " + secondsText(retryAfter) + ".",
                List.of(), retryAfter);
    }

    /** A calendar that could not start rendering within {@code wait}, as many being rendered ({@code content.feeds.*}). */
    public static ProblemException calendarBusy(Duration wait) {
        return new ProblemException(ProblemKind.CALENDAR_BUSY, "Every place in which this instance renders calendars stayed "
                + "taken while this one waited. Try again after " + secondsText(wait) + ".", List.of(), wait);
    }

    private static String secondsText(Duration duration) {
        long seconds = seconds(duration);
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }

    /** Whole seconds, rounded up and at least one, as Retry-After takes them. */
    static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
