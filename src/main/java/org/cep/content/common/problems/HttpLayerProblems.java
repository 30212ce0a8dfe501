package org.cep.content.common.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Answers with a problem from an HTTP-layer filter, where the exception mappers do not reach. */
public final class HttpLayerProblems {

    private HttpLayerProblems() {
    }

    /** Answers with the problem, and with its Retry-After when it has one. */
    public static void send(RoutingContext context, ObjectMapper mapper, ProblemException problem) {
        if (problem.retryAfter != null) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(ProblemException.seconds(problem.retryAfter)));
        }
        send(context, mapper, problem.kind, problem.getMessage());
    }

    static void send(RoutingContext context, ObjectMapper mapper, ProblemKind kind, String detail) {
        Problem problem = new Problem(kind.type, kind.title, kind.status, detail, context.normalizedPath(), null, null);
        try {
            context.response().setStatusCode(kind.status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
