package org.cep.content.common.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

/**
 * Refuses a request whose Content-Type is not a media type at all with a 400 problem: the REST layer would
 * otherwise fail while choosing a method for it, on any request, and answer 500.
 */
@ApplicationScoped
class MalformedContentTypes {

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(this::check, Integer.MAX_VALUE - 3);
    }

    private void check(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || parses(contentType)) {
            context.next();
            return;
        }
        HttpLayerProblems.send(context, mapper, ProblemKind.HTTP_ERROR,
                "The Content-Type header is not a media type; send one such as application/json.");
    }

    private static boolean parses(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
