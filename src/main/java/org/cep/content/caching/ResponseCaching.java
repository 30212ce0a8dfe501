package org.cep.content.caching;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves anonymous GETs under {@code /api/v1} from {@link ResponseCache} before any resource runs (a matching
 * {@code If-None-Match} is 304 without touching the database), and keeps each public 200 answer as sent, an answer
 * relative to now until it stops being true. Identical requests arriving while the first is answered wait for its
 * answer ({@link Flights}). Requests with credentials always go to the resource.
 */
class ResponseCaching {

    private static final String PREFIX = "/api/v1/";
    private static final String GENERATION = "cep.cache.generation";
    private static final String BODY = "cep.cache.body";
    private static final String COMPUTED_AT = "cep.cache.computed-at";
    private static final String VALID_UNTIL = "cep.cache.valid-until";

    @Inject
    ResponseCache cache;

    @Inject
    CurrentVertxRequest current;

    @Inject
    Flights flights;

    @Inject
    Freshness freshness;

    @Inject
    CachePolicy policy;

    @Inject
    Clock clock;

    // After CORS, which adds its own headers to every answer, cached or not.
    void register(@Observes Filters filters) {
        if (cache.enabled()) {
            filters.register(this::serve, 10);
        }
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET || !request.path().startsWith(PREFIX)
                || request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            context.next();
            return;
        }
        String key = key(request);
        ResponseCache.Entry entry = cache.get(key);
        if (entry != null) {
            answer(request, context.response(), entry);
            return;
        }
        Context here = Vertx.currentContext();
        Flights.Flight flight = flights.lead(key, landed -> here.runOnContext(v -> {
            if (context.response().closed()) {
                return;
            }
            if (landed != null) {
                answer(request, context.response(), landed);
            } else {
                compute(context, key, null);
            }
        }));
        if (flight != null) {
            compute(context, key, flight);
        }
    }

    /** Lets the resource answer, and keeps its answer; the leader of a flight hands it to those waiting for it. */
    private void compute(RoutingContext context, String key, Flights.Flight flight) {
        long generation = cache.generation();
        context.put(GENERATION, generation);
        context.put(COMPUTED_AT, clock.instant());
        context.addHeadersEndHandler(v -> {
            ResponseCache.Entry kept = keep(context, key, generation);
            if (flight != null) {
                flights.land(key, flight, kept);
            }
        });
        if (flight != null) {
            // An answer that never reached its headers (the client left, the request failed) releases the others too.
            context.addEndHandler(v -> flights.land(key, flight, null));
        }
        context.next();
    }

    private void answer(HttpServerRequest request, HttpServerResponse response, ResponseCache.Entry entry) {
        entry.headers().forEach(header -> response.putHeader(header.getKey(), header.getValue()));
        if (entry.validUntil() != null) {
            // Nearer to the moment it stops being true than when it was computed: clients may keep it less long.
            response.putHeader(HttpHeaders.CACHE_CONTROL, policy.publicCacheControl(entry.validUntil()));
        }
        if (ETags.matchesWeakly(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatusCode(304).headers().remove(HttpHeaders.CONTENT_TYPE);
            response.end();
        } else {
            response.end(Buffer.buffer(entry.body()));
        }
    }

    /** Hands the bytes HttpCaching computed for a public 200 answer, and until when it holds, to {@link #keep}. */
    @ServerResponseFilter(priority = 50)
    void body(ContainerResponseContext response) {
        RoutingContext context = current.getCurrent();
        if (context != null && context.get(GENERATION) != null && response.getStatus() == 200
                && response.getEntity() instanceof byte[] body) {
            context.put(BODY, body);
            freshness.until().ifPresent(until -> context.put(VALID_UNTIL, until));
        }
    }

    /** The answer as kept, or null when it is not to be kept (not public, not a 200) or content changed meanwhile. */
    private ResponseCache.Entry keep(RoutingContext context, String key, long generation) {
        byte[] body = context.get(BODY);
        HttpServerResponse response = context.response();
        String etag = response.headers().get(HttpHeaders.ETAG);
        String cacheControl = response.headers().get(HttpHeaders.CACHE_CONTROL);
        if (body == null || response.getStatusCode() != 200 || etag == null || cacheControl == null
                || !cacheControl.startsWith("public")) {
            return null;
        }
        ResponseCache.Entry entry = new ResponseCache.Entry(body, etag, kept(response.headers()), context.get(COMPUTED_AT),
                context.get(VALID_UNTIL));
        return cache.put(key, generation, entry) ? entry : null;
    }

    /**
     * The headers that describe the answer itself; CORS, framing, the request id and the client's quota belong to
     * each request.
     */
    private static List<Map.Entry<String, String>> kept(MultiMap headers) {
        return headers.entries().stream()
                .filter(h -> {
                    String name = h.getKey().toLowerCase(Locale.ROOT);
                    return !name.startsWith("access-control-") && !name.startsWith("ratelimit")
                            && !name.equals("x-request-id") && !name.equals("content-length")
                            && !name.equals("transfer-encoding") && !name.equals("connection");
                })
                .map(h -> Map.entry(h.getKey(), h.getValue()))
                .toList();
    }

    /** Path, the query's parameters in a fixed order, and what shapes the answer: Accept, and Host for links. */
    private static String key(HttpServerRequest request) {
        String query = request.query();
        String normalized = "";
        if (query != null && !query.isEmpty()) {
            String[] parameters = query.split("&");
            Arrays.sort(parameters);
            normalized = String.join("&", parameters);
        }
        return request.path() + '?' + normalized + '\n' + request.getHeader(HttpHeaders.ACCEPT) + '\n'
                + request.getHeader(HttpHeaders.HOST);
    }
}
