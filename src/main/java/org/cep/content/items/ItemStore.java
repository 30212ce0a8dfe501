package org.cep.content.items;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import org.cep.content.query.Page;

import java.util.Optional;

/** What the item pipeline asks of a resource's repository: a page for a parsed filter, and one item by slug. */
public interface ItemStore<E, F> extends PanacheRepository<E> {

    Page<E> search(F filter);

    default Optional<E> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
