package org.cep.content.resilience;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cep.content.common.ContentConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The last good answer to each anonymous GET, by URL, kept within a byte budget and for as long as
 * {@code stale-if-error} allows, to be served again while the database cannot be reached.
 */
@ApplicationScoped
class LastGoodAnswers {

    /** A 200 answer as it was sent: its bytes, the headers that describe them, and when. */
    record Answer(byte[] body, Map<String, String> headers, Instant sentAt) {
    }

    @Inject
    ContentConfig config;

    @Inject
    MeterRegistry registry;

    private Cache<String, Answer> answers;

    @PostConstruct
    void init() {
        answers = Caffeine.newBuilder()
                .maximumWeight(config.outage().fallbackBytes())
                .weigher((String url, Answer answer) -> url.length() + answer.body().length)
                .expireAfterWrite(Duration.ofSeconds(config.cache().staleIfError()))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, answers, "last-good-answers");
    }

    void remember(String url, Answer answer) {
        answers.put(url, answer);
    }

    Optional<Answer> recall(String url) {
        return Optional.ofNullable(answers.getIfPresent(url));
    }
}
