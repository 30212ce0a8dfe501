package org.cep.content.caching;

import org.cep.content.common.ContentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The Cache-Control of public answers, read from configuration when first needed (filters are built before it). */
@ApplicationScoped
class CachePolicy {

    @Inject
    ContentConfig config;

    @Inject
    Clock clock;

    String publicCacheControl() {
        ContentConfig.Cache cache = config.cache();
        return of(cache.maxAge(), cache.staleWhileRevalidate());
    }

    /**
     * The Cache-Control of an answer that stops being true at {@code until}: neither its {@code max-age} nor its
     * {@code stale-while-revalidate} reaches past that moment, in whole seconds from now, rounded down.
     */
    String publicCacheControl(Instant until) {
        ContentConfig.Cache cache = config.cache();
        Instant now = clock.instant();
        long left = until.isAfter(now) ? Duration.between(now, until).getSeconds() : 0;
        long maxAge = Math.min(cache.maxAge(), left);
        return of(maxAge, Math.min(cache.staleWhileRevalidate(), left - maxAge));
    }

    private String of(long maxAge, long staleWhileRevalidate) {
        return "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate
                + ", stale-if-error=" + config.cache().staleIfError();
    }
}
