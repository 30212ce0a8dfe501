package org.cep.content.cdn;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cep.content.common.ContentConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends purges by surrogate key to every cache of {@code content.cdn.purge-urls}, off the writer's thread: keys wait
 * in a bounded set per cache (a key asked for twice before it is sent goes once), each cache is sent to by one thread
 * at a time, and a failed request is tried again after each of {@code content.cdn.retry-delays}; a cache still down
 * after that is logged, and its answers stay until their {@code max-age}. A write never waits for a cache.
 */
@ApplicationScoped
class Purges {

    private static final Logger LOG = Logger.getLogger(Purges.class);

    private final ContentConfig.Cdn config;
    private final List<Target> targets;
    private final PurgeRequests format;
    private final HttpClient client;
    private final ExecutorService senders;
    private final ScheduledExecutorService later;

    /** One cache: the keys it is still to be sent, and whether a thread is sending them. */
    private record Target(URI uri, Set<String> pending, AtomicBoolean sending) {
    }

    @Inject
    Purges(ContentConfig config) {
        this.config = config.cdn();
        this.targets = this.config.purgeUrls().orElse(List.of()).stream()
                .map(uri -> new Target(uri, ConcurrentHashMap.newKeySet(), new AtomicBoolean())).toList();
        this.format = switch (this.config.purgeFormat()) {
            case VARNISH_XKEY -> new VarnishXkeyPurges();
        };
        this.client = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.senders = Executors.newFixedThreadPool(Math.max(1, targets.size()), r -> daemon(r, "cep-cdn-purge"));
        this.later = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "cep-cdn-purge-later"));
    }

    /** Whether any cache is to be purged. */
    boolean enabled() {
        return !targets.isEmpty();
    }

    /** Purges the answers carrying any of the keys at every cache, soon; returns at once. */
    void purge(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        for (Target target : targets) {
            if (target.pending().size() + keys.size() > config.maxPendingKeys()) {
                LOG.warnf("%d keys are waiting to be purged at %s already; %d more are dropped, and their answers stay "
                        + "until their max-age", target.pending().size(), target.uri(), keys.size());
                continue;
            }
            target.pending().addAll(keys);
            send(target);
        }
    }

    /** Purges the keys again after {@code delay}: when other instances may have served an answer from before the change. */
    void purgeAgain(Collection<String> keys, Duration delay) {
        if (enabled() && !keys.isEmpty()) {
            List<String> copy = List.copyOf(keys);
            later.schedule(() -> purge(copy), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        later.shutdownNow();
        senders.shutdownNow();
    }

    private void send(Target target) {
        if (target.sending().compareAndSet(false, true)) {
            senders.execute(() -> drain(target));
        }
    }

    private void drain(Target target) {
        try {
            List<String> batch;
            while (!(batch = take(target.pending(), config.keysPerRequest())).isEmpty()) {
                deliver(target.uri(), batch);
            }
        } finally {
            target.sending().set(false);
            // Keys added after the last take and before the flag went down are not left waiting.
            if (!target.pending().isEmpty() && !Thread.currentThread().isInterrupted()) {
                send(target);
            }
        }
    }

    private static List<String> take(Set<String> pending, int most) {
        List<String> batch = new ArrayList<>();
        Iterator<String> keys = pending.iterator();
        while (batch.size() < most && keys.hasNext()) {
            batch.add(keys.next());
            keys.remove();
        }
        return batch;
    }

    /** Sends one purge, again after each retry delay while the cache cannot be reached or fails (5xx). */
    private void deliver(URI uri, List<String> keys) {
        List<Duration> delays = config.retryDelays();
        String failure = null;
        for (int attempt = 0; attempt <= delays.size(); attempt++) {
            if (attempt > 0 && !pause(delays.get(attempt - 1))) {
                return;
            }
            try {
                int status = client.send(format.purge(uri, keys, config.timeout()), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status < 300) {
                    return;
                }
                failure = "it answered " + status;
                if (status < 500) {
                    break;
                }
            } catch (IOException e) {
                failure = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.warnf("Could not purge %d keys at %s (%s); their answers stay cached until their max-age", keys.size(), uri, failure);
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
