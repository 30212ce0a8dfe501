package org.cep.content.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cep.content.common.problems.HttpLayerProblems;
import org.cep.content.common.problems.ProblemException;

import java.time.Duration;

/**
 * Limits the requests of each client address and tells clients where they stand with the
 * {@code RateLimit-Policy} and {@code RateLimit} fields of draft-ietf-httpapi-ratelimit-headers-10.
 * Clients sending a bearer token are counted against a separate, larger quota. It runs before the response cache,
 * so that answers from memory count too.
 */
@ApplicationScoped
class RateLimits {

    @Inject
    RateLimiter limiter;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(this::take, Integer.MAX_VALUE - 4);
    }

    private void take(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!limiter.enabled() || request.path().startsWith("/q/")) {
            context.next();
            return;
        }
        RateLimiter.Policy policy = bearer(request.getHeader(HttpHeaders.AUTHORIZATION))
                ? RateLimiter.Policy.AUTHENTICATED : RateLimiter.Policy.ANONYMOUS;
        RateLimiter.Outcome outcome = limiter.take(policy, ClientAddress.of(request));
        tell(context.response(), outcome);
        if (outcome.probe().isConsumed()) {
            context.next();
            return;
        }
        HttpLayerProblems.send(context, mapper, ProblemException.tooManyRequests(policy.id(), outcome.quota(),
                Duration.ofSeconds(outcome.windowSeconds()), Duration.ofNanos(outcome.probe().getNanosToWaitForRefill())));
    }

    private static void tell(HttpServerResponse response, RateLimiter.Outcome outcome) {
        String name = "\"" + outcome.policy().id() + "\"";
        long reset = outcome.probe().isConsumed() ? outcome.probe().getNanosToWaitForReset() : outcome.probe().getNanosToWaitForRefill();
        response.putHeader("RateLimit-Policy", name + ";q=" + outcome.quota() + ";w=" + outcome.windowSeconds());
        response.putHeader("RateLimit", name + ";r=" + outcome.probe().getRemainingTokens() + ";t=" + seconds(reset));
    }

    private static boolean bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
