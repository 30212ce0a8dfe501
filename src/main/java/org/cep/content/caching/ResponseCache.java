package org.cep.content.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cep.content.common.ContentConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers to anonymous GETs of published content, as sent, until content changes: a committed write here or in
 * another instance, or the moment the next scheduled item becomes visible.
 */
@ApplicationScoped
public class ResponseCache {

    /** An answer as sent: its bytes and the headers that describe them. */
    record Entry(byte[] body, String etag, List<Map.Entry<String, String>> headers) {
    }

    private final Cache<String, Entry> entries;
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final PublicationSchedule schedule;
    private final boolean enabled;
    /** When the earliest scheduled item becomes visible; null when not known since the last change. */
    private volatile Instant nextDue;

    @Inject
    ResponseCache(ContentConfig config, Clock clock, PublicationSchedule schedule, MeterRegistry registry) {
        this.clock = clock;
        this.schedule = schedule;
        this.enabled = config.cache().enabled();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxMegabytes() * 1024L * 1024L)
                .<String, Entry>weigher((key, entry) -> key.length() + entry.body().length + 256)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, entries, "responses");
    }

    boolean enabled() {
        return enabled;
    }

    /** The count of changes so far: an answer computed before a change is never stored after it. */
    long generation() {
        return generation.get();
    }

    Entry get(String key) {
        Instant due = nextDue;
        if (due != null && !clock.instant().isBefore(due)) {
            invalidate();
            return null;
        }
        return entries.getIfPresent(key);
    }

    /** Keeps an answer computed in {@code since}, unless content changed meanwhile. */
    void put(String key, long since, Entry entry) {
        if (nextDue == null) {
            Instant due = schedule.nextDue(clock.instant());
            if (due == null || generation.get() != since) {
                return;
            }
            nextDue = due;
        }
        entries.put(key, entry);
        if (generation.get() != since) {
            entries.invalidate(key);
        }
    }

    /** Forgets every answer: content changed. */
    public void invalidate() {
        generation.incrementAndGet();
        nextDue = null;
        entries.invalidateAll();
    }
}
