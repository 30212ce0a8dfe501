package org.cep.content.items;

import org.cep.content.query.Page;

import java.util.Optional;

/** What the item pipeline asks of a resource's repository: a page for a parsed filter, and one item by slug. */
public interface ItemStore<E, F> {

    Page<E> search(F filter);

    Optional<E> findBySlug(String slug);
}
