package org.cep.content.resilience;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers each good answer to an anonymous GET and, while the database cannot be reached (503),
 * answers the same URL with it again, as {@code stale-if-error} lets any cache do. So does a 503 of a bound (a busy
 * search or calendar). A replay says its {@code Age}, the seconds since it was first sent (RFC 9111), so that a reader
 * or a cache can tell it from a fresh answer.
 */
class OutageFallback {

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, "Link");

    @Inject
    LastGoodAnswers answers;

    @Inject
    Clock clock;

    /**
     * Runs after HttpCaching (response filters run from the highest priority down), once the bytes are final, and after
     * the response cache has decided what to keep, so that it never keeps a replay as a fresh answer.
     */
    @ServerResponseFilter(priority = 40)
    void rememberOrRecall(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        String url = url(request);
        if (response.getStatus() == Response.Status.OK.getStatusCode() && response.getEntity() instanceof byte[] body) {
            answers.remember(url, new LastGoodAnswers.Answer(body, kept(response), clock.instant()));
        } else if (response.getStatus() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            answers.recall(url).ifPresent(answer -> replay(answer, response, clock.instant()));
        }
    }

    private static Map<String, String> kept(ContainerResponseContext response) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.CONTENT_TYPE, String.valueOf(response.getMediaType()));
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static void replay(LastGoodAnswers.Answer answer, ContainerResponseContext response, Instant now) {
        response.setStatus(Response.Status.OK.getStatusCode());
        response.getHeaders().remove(HttpHeaders.RETRY_AFTER);
        answer.headers().forEach(response.getHeaders()::putSingle);
        response.getHeaders().putSingle("Age", Math.max(0, Duration.between(answer.sentAt(), now).toSeconds()));
        response.setEntity(answer.body(), response.getEntityAnnotations(), MediaType.valueOf(answer.headers().get(HttpHeaders.CONTENT_TYPE)));
    }

    private static String url(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return request.getUriInfo().getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }
}
