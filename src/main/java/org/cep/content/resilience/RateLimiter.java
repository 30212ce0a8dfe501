package org.cep.content.resilience;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cep.content.common.ContentConfig;

/** One token bucket per client address and policy, the least recently seen forgotten first. */
@ApplicationScoped
class RateLimiter {

    /** A quota: its name in the RateLimit headers and its size. */
    enum Policy { ANONYMOUS, AUTHENTICATED;

        String id() {
            return name().toLowerCase();
        }
    }

    /** What one request took from its bucket. */
    record Outcome(Policy policy, int quota, long windowSeconds, ConsumptionProbe probe) {
    }

    @Inject
    ContentConfig config;

    private Cache<String, Bucket> buckets;

    @PostConstruct
    void init() {
        buckets = Caffeine.newBuilder()
                .maximumSize(config.rateLimit().maxClients())
                .expireAfterAccess(config.rateLimit().window())
                .build();
    }

    boolean enabled() {
        return config.rateLimit().enabled();
    }

    Outcome take(Policy policy, String client) {
        int quota = quota(policy);
        Bucket bucket = buckets.get(policy.id() + " " + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(quota).refillGreedy(quota, config.rateLimit().window()).build())
                .build());
        return new Outcome(policy, quota, config.rateLimit().window().toSeconds(), bucket.tryConsumeAndReturnRemaining(1));
    }

    private int quota(Policy policy) {
        return policy == Policy.ANONYMOUS ? config.rateLimit().anonymousRequests() : config.rateLimit().authenticatedRequests();
    }
}
