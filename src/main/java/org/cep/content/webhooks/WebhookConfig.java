package org.cep.content.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Settings of webhook delivery, under {@code content.webhooks.*}. */
@ConfigMapping(prefix = "content.webhooks")
public interface WebhookConfig {

    /** Send due messages at all; an instance with {@code false} only writes the outbox (another instance sends). */
    @WithDefault("true")
    boolean enabled();

    /** How often each instance looks for due messages. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * The waits before each retry of a failed delivery, in order; a message whose last retry fails disables its
     * subscription. The default spans a little over 31 hours.
     */
    @WithDefault("5s,30s,2m,10m,1h,6h,24h")
    List<Duration> retryDelays();

    /** Accept {@code http} target URLs, not only {@code https} (for receivers on a private network or in tests). */
    @WithDefault("false")
    boolean allowHttp();

    /** Accept targets in private, loopback, link-local and unique-local ranges (tests, and private networks). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How long a receiver may take to accept the connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a receiver may take to answer, from the request sent to the status line and headers. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How many messages one instance sends at once, across all receivers. */
    @WithDefault("8")
    int concurrency();

    /** The longest wait a receiver's Retry-After can ask for; a longer one is cut to this. */
    @WithDefault("24h")
    Duration maxRetryAfter();
}
