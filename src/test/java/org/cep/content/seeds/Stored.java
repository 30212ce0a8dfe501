package org.cep.content.seeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Map;

/** What the database holds: items of each kind, the seed marker and the change log's entries. */
@ApplicationScoped
class Stored {

    @Inject
    EntityManager em;

    @Transactional
    Map<String, Long> counts() {
        return Map.of("Tag", count("Tag"), "Person", count("Person"), "Project", count("Project"),
                "ExpertGroup", count("ExpertGroup"), "Event", count("Event"), "NewsItem", count("NewsItem"),
                "Change", count("Change"));
    }

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    @Transactional
    long changesBy(String actor) {
        return em.createQuery("select count(c) from Change c where c.actor = :actor", Long.class)
                .setParameter("actor", actor).getSingleResult();
    }

    @Transactional
    long markers() {
        return (Long) em.createNativeQuery("select count(*) from seed_load", Long.class).getSingleResult();
    }

    @Transactional
    void removeMarker() {
        em.createNativeQuery("delete from seed_load").executeUpdate();
    }

    @Transactional
    void restoreMarker() {
        em.createNativeQuery("insert into seed_load (name, loaded_at) values (?1, current_timestamp)")
                .setParameter(1, SeedLoader.MARKER).executeUpdate();
    }
}
