package org.cep.content.resilience;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.cep.content.common.problems.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Duration;

/**
 * Limits the requests of each client address and tells clients where they stand with the
 * {@code RateLimit-Policy} and {@code RateLimit} fields of draft-ietf-httpapi-ratelimit-headers-10.
 * Clients sending a bearer token are counted against a separate, larger quota.
 */
class RateLimits {

    private static final String OUTCOME = RateLimits.class.getName();

    @Inject
    RateLimiter limiter;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    void take(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return;
        }
        RateLimiter.Policy policy = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                ? RateLimiter.Policy.AUTHENTICATED : RateLimiter.Policy.ANONYMOUS;
        RateLimiter.Outcome outcome = limiter.take(policy, client(http));
        request.setProperty(OUTCOME, outcome);
        if (!outcome.probe().isConsumed()) {
            throw ProblemException.tooManyRequests(policy.id(), outcome.quota(), Duration.ofSeconds(outcome.windowSeconds()),
                    Duration.ofNanos(outcome.probe().getNanosToWaitForRefill()));
        }
    }

    @ServerResponseFilter
    void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(OUTCOME) instanceof RateLimiter.Outcome outcome)) {
            return;
        }
        String name = "\"" + outcome.policy().id() + "\"";
        long reset = outcome.probe().isConsumed() ? outcome.probe().getNanosToWaitForReset() : outcome.probe().getNanosToWaitForRefill();
        response.getHeaders().putSingle("RateLimit-Policy", name + ";q=" + outcome.quota() + ";w=" + outcome.windowSeconds());
        response.getHeaders().putSingle("RateLimit", name + ";r=" + outcome.probe().getRemainingTokens() + ";t=" + seconds(reset));
    }

    private static boolean bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The peer address, or the forwarded client's when quarkus.http.proxy.proxy-address-forwarding trusts a proxy. */
    private static String client(HttpServerRequest http) {
        SocketAddress address = http.remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
