package org.cep.content.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;
import org.cep.content.common.problems.ProblemException;

import java.net.URI;
import java.util.List;

/** Old slugs of renamed items, so that a renamed item's old URL answers with a redirect to the new one. */
@ApplicationScoped
public class SlugHistory {

    @Inject
    EntityManager em;

    /** What to answer for a slug no visible item has: a 301 to the item's current URL if the slug is an old one, or a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RuntimeException movedOrNotFound(ItemType<?, ?, ?> type, String slug) {
        List<?> current = em.createQuery("select x.slug from " + type.entity().getSimpleName() + " x where x.id = "
                        + "(select h.itemId from SlugHistory h where h.resource = :resource and h.oldSlug = :slug)")
                .setParameter("resource", type.collection()).setParameter("slug", slug).getResultList();
        if (current.isEmpty()) {
            return ProblemException.notFound(type.singular(), slug);
        }
        return new RedirectionException(Response.Status.MOVED_PERMANENTLY, URI.create(type.path() + "/" + current.get(0)));
    }

    /** The slug now names this item, whatever it named before. */
    void taken(String resource, String slug) {
        em.createQuery("delete from SlugHistory h where h.resource = :resource and h.oldSlug = :slug")
                .setParameter("resource", resource).setParameter("slug", slug).executeUpdate();
    }

    void renamed(String resource, Long id, String oldSlug, String newSlug) {
        taken(resource, newSlug);
        taken(resource, oldSlug);
        em.persist(new OldSlug(resource, oldSlug, id));
    }

    void forget(String resource, Long id) {
        em.createQuery("delete from SlugHistory h where h.resource = :resource and h.itemId = :id")
                .setParameter("resource", resource).setParameter("id", id).executeUpdate();
    }
}
