package org.cep.content.common.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem
 * before reading any of it; the HTTP layer would otherwise answer with an empty 413.
 */
@ApplicationScoped
class OversizedBodies {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Filters filters) {
        filters.register(this::check, Integer.MAX_VALUE - 1);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit.asLongValue()) {
            context.next();
            return;
        }
        // The rest of the body is not read: closing the connection after the answer discards it.
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        HttpLayerProblems.send(context, mapper, ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body may hold at most " + limit.asLongValue() + " bytes.");
    }
}
