package org.cep.content.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of the content API itself, under {@code content.*}. */
@ConfigMapping(prefix = "content")
public interface ContentConfig {

    /** The site's time zone: a bare date in a filter is a calendar day here. */
    @WithDefault("Europe/Brussels")
    ZoneId timeZone();

    /**
     * The public address of the API, such as {@code https://api.cep-probation.org}, for the absolute links of feeds
     * and JSON-LD; without it, the address the request came to.
     */
    Optional<URI> publicUrl();

    Seed seed();

    Cache cache();

    interface Seed {
        /** Load CEP's content from {@code seeds/} into an empty database at start-up. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Cache {
        /** Keep anonymous answers about published content in memory, until content changes. */
        @WithDefault("true")
        boolean enabled();

        /** The most memory, in MiB, the kept answers take; the least recently used go first. */
        @WithDefault("64")
        int maxMegabytes();

        /** Seconds a client or proxy may reuse a public answer without asking again. */
        @WithDefault("60")
        int maxAge();

        /** Seconds a cache may keep serving a stale answer while it revalidates in the background. */
        @WithDefault("300")
        int staleWhileRevalidate();
    }
}
