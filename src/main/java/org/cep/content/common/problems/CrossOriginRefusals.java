package org.cep.content.common.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cep.content.common.ContentConfig;

import java.util.Set;

/**
 * Lets pages of any origin read, and only those of {@code content.write-origins} write: a cross-origin request
 * with another method is refused with a 403 problem. CORS itself allows every method, so that the editing front end
 * gets its preflight answered; this is where the origin is checked.
 */
@ApplicationScoped
class CrossOriginRefusals {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    ObjectMapper mapper;

    @Inject
    ContentConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::check, Integer.MAX_VALUE - 2);
    }

    private void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || READS.contains(method)
                || config.writeOrigins().map(origins -> origins.contains(origin)).orElse(false)) {
            context.next();
            return;
        }
        HttpLayerProblems.send(context, mapper, ProblemKind.CROSS_ORIGIN_REFUSED,
                "Pages of other sites may only read here (GET, HEAD); writes are open to the origins in content.write-origins.");
    }
}
