package org.cep.content.common.problems;

import java.util.List;

/** Thrown anywhere to answer with a problem; {@link ProblemMappers} turns it into the response. */
public class ProblemException extends RuntimeException {

    final ProblemKind kind;
    final List<InvalidParam> errors;

    ProblemException(ProblemKind kind, String detail, List<InvalidParam> errors) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String slug) {
        return new ProblemException(ProblemKind.NOT_FOUND, "There is no published " + what + " '" + slug + "'.", List.of());
    }

    public static ProblemException invalidParameters(List<InvalidParam> errors) {
        String detail = errors.size() == 1 ? "1 query parameter is invalid." : errors.size() + " query parameters are invalid.";
        return new ProblemException(ProblemKind.INVALID_PARAMETERS, detail, errors);
    }
}
