package org.cep.content.cdn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cep.content.items.ItemType;
import org.cep.content.items.PublicationStatus;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Purges the keys of scheduled items when their {@code publishedAt} comes, a moment at which nothing is written: the
 * item's own key (which the answers embedding it carry, since they read it), its collection's, so that every list
 * refreshes. Looks once a second, with the injected clock; reads the database only after a change and when an item
 * comes due. Every instance does so for itself: purging twice is harmless, and no instance has to be elected.
 */
@ApplicationScoped
class ScheduledPurges {

    private static final Logger LOG = Logger.getLogger(ScheduledPurges.class);
    /** Published after it was last written: an item written visible already was purged by its write. */
    private static final String SCHEDULED = "(x.updatedAt is null or x.publishedAt > x.updatedAt)";

    @Inject
    Purges purges;

    @Inject
    ItemKeys keys;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cep-cdn-schedule");
        thread.setDaemon(true);
        return thread;
    });
    /** Everything due up to here has been purged. */
    private volatile Instant checked;
    /** The next publication after {@link #checked}; null when not known since the last change. */
    private volatile Instant next;

    void start(@Observes StartupEvent start) {
        if (purges.enabled()) {
            checked = clock.instant();
            ticks.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        ticks.shutdownNow();
    }

    /** Content changed: the next scheduled publication may be another one. */
    void changed() {
        next = null;
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            if (now.isBefore(checked)) {
                checked = now;
                next = null;
            }
            if (next == null) {
                next = QuarkusTransaction.requiringNew().call(() -> nextAfter(checked));
            }
            if (now.isBefore(next)) {
                return;
            }
            Instant from = checked;
            List<String> due = QuarkusTransaction.requiringNew().call(() -> dueBetween(from, now));
            checked = now;
            next = null;
            purges.purge(due);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the publication schedule (%s); trying again in a second", e.toString());
        }
    }

    private Instant nextAfter(Instant after) {
        return keys.types().stream().filter(ItemType::publishable)
                .map(type -> em.createQuery("select min(x.publishedAt) from " + type.entity().getSimpleName()
                                + " x where x.status = :published and x.publishedAt > :after and " + SCHEDULED, Instant.class)
                        .setParameter("published", PublicationStatus.PUBLISHED).setParameter("after", after)
                        .getSingleResult())
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(Instant.MAX);
    }

    /** The keys of the items published in {@code (after, upTo]}, and of their collections. */
    private List<String> dueBetween(Instant after, Instant upTo) {
        List<String> due = new ArrayList<>();
        for (ItemType<?, ?, ?> type : keys.types()) {
            if (!type.publishable()) {
                continue;
            }
            List<Long> ids = em.createQuery("select x.id from " + type.entity().getSimpleName() + " x where x.status = "
                            + ":published and x.publishedAt > :after and x.publishedAt <= :upTo and " + SCHEDULED, Long.class)
                    .setParameter("published", PublicationStatus.PUBLISHED).setParameter("after", after)
                    .setParameter("upTo", upTo).getResultList();
            if (!ids.isEmpty()) {
                due.add(type.collection());
                ids.forEach(id -> due.add(keys.of(type, id)));
            }
        }
        return due;
    }
}
