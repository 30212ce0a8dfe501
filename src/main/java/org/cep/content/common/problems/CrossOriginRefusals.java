package org.cep.content.common.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Refuses a cross-origin request whose method CORS does not allow ({@code quarkus.http.cors.methods})
 * with a 403 problem, before the CORS filter would refuse it with an empty 403.
 */
@ApplicationScoped
class CrossOriginRefusals {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.cors.methods")
    List<String> allowed;

    void register(@Observes Filters filters) {
        filters.register(this::check, Integer.MAX_VALUE - 2);
    }

    private void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (context.request().getHeader(HttpHeaders.ORIGIN) == null || method == HttpMethod.OPTIONS
                || allowed.stream().anyMatch(name -> name.equalsIgnoreCase(method.name()))) {
            context.next();
            return;
        }
        HttpLayerProblems.send(context, mapper, ProblemKind.CROSS_ORIGIN_REFUSED,
                "Other sites may send only " + String.join(", ", allowed) + " here.");
    }
}
