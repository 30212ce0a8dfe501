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
 * another instance, or the moment the next scheduled item becomes visible; an answer relative to now, also until the
 * moment it stops being true ({@link Freshness}).
 */
@ApplicationScoped
public class ResponseCache {

    /**
     * An answer as sent: its bytes and the headers that describe them.
     *
     * @param validFrom  when it was computed
     * @param validUntil when it stops being true by the passing of time; null when only a change of content ends it
     */
    record Entry(byte[] body, String etag, List<Map.Entry<String, String>> headers, Instant validFrom, Instant validUntil) {

        /** Whether the answer is still true at {@code now}; one relative to now, also that the clock has not gone back. */
        boolean holdsAt(Instant now) {
            return validUntil == null || !now.isBefore(validFrom) && now.isBefore(validUntil);
        }
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
        Instant now = clock.instant();
        Instant due = nextDue;
        if (due != null && !now.isBefore(due)) {
            invalidate();
            return null;
        }
        Entry entry = entries.getIfPresent(key);
        if (entry != null && !entry.holdsAt(now)) {
            entries.asMap().remove(key, entry);
            return null;
        }
        return entry;
    }

    /** Keeps an answer computed in {@code since}, unless content changed meanwhile; whether it was kept. */
    boolean put(String key, long since, Entry entry) {
        if (nextDue() == null || generation.get() != since || !entry.holdsAt(clock.instant())) {
            return false;
        }
        entries.put(key, entry);
        if (generation.get() != since) {
            entries.invalidate(key);
            return false;
        }
        return true;
    }

    /**
     * When the earliest scheduled item becomes visible: {@link Instant#MAX} when none is scheduled, null when the
     * schedule cannot be read. Read once after each change while the cache is on, at every call when it is off.
     */
    Instant nextDue() {
        Instant due = nextDue;
        if (due != null) {
            return due;
        }
        long since = generation.get();
        due = schedule.nextDue(clock.instant());
        if (enabled && due != null) {
            nextDue = due;
            // A change that came meanwhile may have scheduled something earlier.
            if (generation.get() != since) {
                nextDue = null;
            }
        }
        return due;
    }

    /** Forgets every answer: content changed. */
    public void invalidate() {
        generation.incrementAndGet();
        nextDue = null;
        entries.invalidateAll();
    }
}
