package org.cep.content.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
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

    /** The largest body a JSON write may carry, in bytes; an upload to the media library has its own limit. */
    @WithDefault("1048576")
    long maxBodyBytes();

    Seed seed();

    Cache cache();

    RateLimit rateLimit();

    Outage outage();

    Metrics metrics();

    Cdn cdn();

    Media media();

    Search search();

    Feeds feeds();

    /** Origins (scheme, host and port, as browsers send in Origin) whose pages may write; none by default. */
    Optional<List<String>> writeOrigins();

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

        /** Seconds a cache, and this service, may keep serving a stale answer when fresh ones fail. */
        @WithDefault("86400")
        int staleIfError();
    }

    interface RateLimit {
        /** Limit how many requests one client address may make per window. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per window for a client that sends no credentials. */
        @WithDefault("600")
        int anonymousRequests();

        /** Requests per window for a client that sends a bearer token, counted apart from anonymous ones. */
        @WithDefault("6000")
        int authenticatedRequests();

        /** The window over which requests are counted. */
        @WithDefault("PT1M")
        Duration window();

        /** How many client addresses are tracked at once; the least recently seen are forgotten first. */
        @WithDefault("100000")
        int maxClients();
    }

    interface Outage {
        /** Seconds a client is asked to wait (Retry-After) when the database cannot be reached. */
        @WithDefault("30")
        int retryAfter();

        /** Bytes of recent answers kept in memory to serve again while the database cannot be reached; 0 keeps none. */
        @WithDefault("33554432")
        long fallbackBytes();
    }

    interface Search {
        /** The most database time one search's statements may take; past it the search answers 503. */
        @WithDefault("2s")
        Duration statementTimeout();

        /** How many searches (requests with {@code q}) an instance runs at once. */
        @WithDefault("4")
        @Min(1)
        int concurrency();

        /**
         * How many searches one client address (as the rate limits count it) runs at once, so that one client cannot
         * take all of an instance's.
         */
        @WithDefault("1")
        @Min(1)
        int perClient();

        /** How long a search waits for another to end when as many run, for its address or the instance; then it answers 503. */
        @WithDefault("250ms")
        Duration queueWait();

        /** Seconds a client is asked to wait (Retry-After) after such a 503. */
        @WithDefault("1s")
        Duration retryAfter();
    }

    interface Feeds {
        /** How many calendars ({@code events.ics}) an instance reads and renders at once. */
        @WithDefault("2")
        @Min(1)
        int calendarRenders();

        /** How long a calendar waits for a place when as many are being rendered; then it answers 503. */
        @WithDefault("5s")
        Duration calendarWait();
    }

    interface Media {
        /** The largest file an upload may carry, in bytes; a larger one is a 413. */
        @WithDefault("20971520")
        long maxBytes();

        /** The most pixels (width times height) an image's header may announce; a larger one is refused before decoding. */
        @WithDefault("50000000")
        long maxPixels();

        /** The widths a rendition may be asked for ({@code ?w=} and {@code ?h=}), so that the variants stay few. */
        @WithDefault("320,640,960,1280,1920")
        List<Integer> widths();

        /** The aspect ratios a crop may be asked for ({@code ?ar=}). */
        @WithDefault("1:1,4:3,3:2,16:9,3:4,2:3")
        List<String> aspectRatios();
    }

    interface Metrics {
        /** Publish latency histograms (Prometheus buckets) for each route, so percentiles can be computed across instances. */
        @WithDefault("true")
        boolean latencyHistograms();
    }

    interface Cdn {
        /**
         * The caches to purge by surrogate key after each change, such as {@code http://varnish:6081/}; none by default,
         * which sends no purges.
         */
        Optional<List<URI>> purgeUrls();

        /** How a purge is asked for: {@code varnish-xkey}, a {@code PURGE} request with an {@code xkey-purge} header. */
        @WithDefault("varnish-xkey")
        PurgeFormat purgeFormat();

        /** How long one purge request may take, connecting included. */
        @WithDefault("PT2S")
        Duration timeout();

        /** The pauses before each new attempt at a purge that failed; after the last, a warning is logged. */
        @WithDefault("PT0.2S,PT1S,PT5S")
        List<Duration> retryDelays();

        /** The most keys one purge request names; more are sent in several requests. */
        @WithDefault("200")
        int keysPerRequest();

        /** The most keys waiting to be purged at one cache; beyond, keys are dropped with a warning. */
        @WithDefault("100000")
        int maxPendingKeys();

        enum PurgeFormat {
            /** Varnish with vmod_xkey: {@code PURGE} and {@code xkey-purge: key1 key2} (scripts/cdn/varnish.vcl). */
            VARNISH_XKEY
        }
    }
}
