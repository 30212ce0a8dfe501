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
import org.cep.content.media.MediaItems;

/**
 * Refuses a body announced larger than its limit with a 413 problem before reading any of it: an upload to the media
 * library may carry {@code content.media.max-bytes} and its form's fields, any other body {@code content.max-body-bytes}.
 * Past {@code quarkus.http.limits.max-body-size}, the larger of the two, the HTTP layer answers with an empty 413.
 */
@ApplicationScoped
class OversizedBodies {

    @Inject
    ObjectMapper mapper;

    @Inject
    ContentConfig config;

    /** The room an upload's form fields (alt text, caption and the like) take besides the file. */
    static final long FORM_FIELDS = 1024 * 1024;

    void register(@Observes Filters filters) {
        filters.register(this::check, Integer.MAX_VALUE - 1);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean upload = context.request().method() == HttpMethod.POST && MediaItems.PATH.equals(context.request().path());
        long limit = upload ? config.media().maxBytes() + FORM_FIELDS : config.maxBodyBytes();
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit) {
            context.next();
            return;
        }
        // The rest of the body is not read: closing the connection after the answer discards it.
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        HttpLayerProblems.send(context, mapper, ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body may hold at most " + limit + " bytes" + (upload ? ", the file at most " + config.media().maxBytes() : "") + ".");
    }
}
