package org.cep.content.seeds;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cep.content.common.ContentConfig;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.stream.Stream;

/**
 * Loads CEP's content from {@code seeds/} into an empty database at start-up: all of it in one
 * transaction, once. A marker row makes a restart, or a second instance starting at the same time,
 * leave the content alone.
 */
@ApplicationScoped
class SeedLoader {

    static final String MARKER = "cep-seeds";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    EntityManager em;

    @Inject
    ContentConfig config;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent start) {
        if (config.seed().enabled()) {
            load(SeedFiles.packaged());
        }
    }

    /** Loads the files unless seeds were loaded before; returns whether it loaded them. */
    @Transactional
    boolean load(SeedFiles files) {
        SeedReader seeds = SeedReader.read(files, config.timeZone());
        // Taking the marker first serialises concurrent loaders: the second waits, then finds it taken.
        int taken = em.createNativeQuery("insert into seed_load (name, loaded_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, MARKER).setParameter(2, clock.instant()).executeUpdate();
        if (taken == 0) {
            LOG.info("CEP's seed content was loaded before; leaving the database as it is");
            return false;
        }
        Stream.of(seeds.tags, seeds.people, seeds.projects, seeds.groups, seeds.events, seeds.news)
                .flatMap(items -> items.values().stream())
                .forEach(em::persist);
        LOG.infof("Loaded CEP's seed content: %d tags, %d people, %d projects, %d expert groups, %d events, %d news items",
                seeds.tags.size(), seeds.people.size(), seeds.projects.size(), seeds.groups.size(), seeds.events.size(),
                seeds.news.size());
        return true;
    }
}
