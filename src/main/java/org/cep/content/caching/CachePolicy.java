package org.cep.content.caching;

import org.cep.content.common.ContentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The Cache-Control of public answers, read from configuration when first needed (filters are built before it). */
@ApplicationScoped
class CachePolicy {

    @Inject
    ContentConfig config;

    String publicCacheControl() {
        ContentConfig.Cache cache = config.cache();
        return "public, max-age=" + cache.maxAge() + ", stale-while-revalidate=" + cache.staleWhileRevalidate()
                + ", stale-if-error=" + cache.staleIfError();
    }
}
