package org.cep.content.cdn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a committed change purges: the key of each item written and of its collection (every list of it may change),
 * and the keys of the items it refers to or referred to whose answers list it (a project and its events, a person and
 * the events they spoke at). Answers that embed a written item carry its key already, since they read it.
 */
@ApplicationScoped
public class ChangePurges {

    /** Longer than another instance takes to empty its own cache after a change (it listens twice a second). */
    static final Duration OTHER_INSTANCES_SETTLED = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(ChangePurges.class);

    @Inject
    ItemKeys keys;

    @Inject
    Purges purges;

    @Inject
    ScheduledPurges scheduled;

    /** Whether any cache is purged, so that changes are worth recording. */
    public boolean enabled() {
        return purges.enabled();
    }

    /**
     * Purges what the committed change showed in, at once; when {@code sharedDatabase}, once more after the other
     * instances have emptied their caches, since a cache may have fetched an answer from one of them meanwhile.
     */
    public void committed(ChangedItems changed, boolean sharedDatabase) {
        scheduled.changed();
        try {
            Set<String> purged = keysOf(changed);
            purges.purge(purged);
            if (sharedDatabase) {
                purges.purgeAgain(purged, OTHER_INSTANCES_SETTLED);
            }
        } catch (RuntimeException e) {
            // The change has committed: a purge that cannot be computed must not turn it into an error.
            LOG.warn("Could not tell the CDN what changed; its answers stay until their max-age", e);
        }
    }

    Set<String> keysOf(ChangedItems changed) {
        Set<String> purged = new LinkedHashSet<>();
        for (Object item : changed.written()) {
            keys.of(item).ifPresent(key -> {
                purged.add(key);
                keys.collectionOf(item).ifPresent(purged::add);
            });
        }
        for (Object item : changed.referenced()) {
            if (keys.listsReferrers(item)) {
                keys.of(item).ifPresent(purged::add);
            }
        }
        return purged;
    }
}
