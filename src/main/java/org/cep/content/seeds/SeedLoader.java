package org.cep.content.seeds;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cep.content.changes.Actor;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.items.ItemInput;
import org.cep.content.items.ItemWriter;
import org.cep.content.seeds.Seeds.Seed;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads CEP's content from {@code seeds/} into an empty database at start-up, through the API's own writers, which
 * check each item as they check a POST: all of it in one transaction, once. A marker row makes a restart, or a
 * second instance starting at the same time, leave the content alone.
 */
@ApplicationScoped
class SeedLoader {

    static final String MARKER = "cep-seeds";
    /** Who the change log says wrote the seed content. */
    static final String ACTOR = "seeds";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    EntityManager em;

    @Inject
    ContentConfig config;

    @Inject
    Clock clock;

    @Inject
    SeedReader reader;

    @Inject
    Actor actor;

    @Inject
    @Any
    Instance<ItemWriter<?, ?, ?>> writers;

    void onStart(@Observes StartupEvent start) {
        if (config.seed().enabled()) {
            load(SeedFiles.packaged());
        }
    }

    /** Loads the files unless seeds were loaded before; returns whether it loaded them. */
    @Transactional
    boolean load(SeedFiles files) {
        List<Seed<?>> seeds = reader.read(files);
        // Taking the marker first serialises concurrent loaders: the second waits, then finds it taken.
        int taken = em.createNativeQuery("insert into seed_load (name, loaded_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, MARKER).setParameter(2, clock.instant()).executeUpdate();
        if (taken == 0) {
            LOG.info("CEP's seed content was loaded before; leaving the database as it is");
            return false;
        }
        actor.is(ACTOR);
        // Each write flushes and clears the persistence context; the load keeps only bodies across writes, never entities.
        seeds.forEach(this::write);
        LOG.infof("Loaded CEP's seed content: %s", Seeds.KINDS.stream()
                .map(kind -> seeds.stream().filter(seed -> seed.kind() == kind).count() + " " + kind.items())
                .collect(Collectors.joining(", ")));
        return true;
    }

    /** The first item refused stops the load, and the transaction leaves the database as it was. */
    private <I extends ItemInput> void write(Seed<I> seed) {
        try {
            writer(seed.kind().input()).create(seed.input());
        } catch (ProblemException e) {
            throw new SeedException(seed.kind().problems(seed.label(), e));
        }
    }

    @SuppressWarnings("unchecked")
    private <I extends ItemInput> ItemWriter<?, I, ?> writer(Class<I> input) {
        return (ItemWriter<?, I, ?>) writers.stream().filter(writer -> writer.inputType() == input).findFirst()
                .orElseThrow(() -> new IllegalStateException("No writer takes " + input.getSimpleName()));
    }
}
