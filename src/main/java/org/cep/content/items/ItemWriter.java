package org.cep.content.items;

import org.cep.content.changes.ChangeAction;
import org.cep.content.changes.ChangeLog;
import org.cep.content.changes.Publication;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.cep.content.caching.ETags;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.hibernate.Hibernate;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Creates, replaces, patches and deletes the items of one resource, each write in one transaction that
 * either stores all of it, with its entry in the change log, or nothing. Replacing, patching and deleting
 * lock the item and compare If-Match with the ETag a GET of it answers, so no one overwrites a change
 * they have not seen.
 *
 * @param <E> the entity
 * @param <I> the body of a create or replace
 * @param <V> the view a GET answers
 */
@Transactional
public abstract class ItemWriter<E, I extends ItemInput, V> {

    @Inject protected EntityManager em;
    @Inject protected Clock clock;
    @Inject ETags etags;
    @Inject Validator validator;
    @Inject ObjectMapper mapper;
    @Inject ChangeLog changes;
    @Inject SlugHistory history;
    @Inject Instance<ItemWriter<?, ?, ?>> writers;

    private final ItemType<E, I, V> type;
    private final FieldMapping<E, I> fields;

    /** @param own the body's fields that have no entity field of the same name and type, which this writer maps */
    protected ItemWriter(ItemType<E, I, V> type, String... own) {
        this.type = type;
        this.fields = new FieldMapping<>(type.entity(), type.input(), Set.of(own));
    }

    /** The body this writer takes, by which code outside a request (the seed loader) finds it. */
    public Class<I> inputType() {
        return type.input();
    }

    /**
     * The resource's own rules and fields, after every field with an entity field of the same name has been copied
     * (references resolved by slug); a bad field is reported to {@code checks}.
     */
    protected void apply(I input, E item, Checks checks) {
    }

    /** The value of one of this writer's own fields in the item's body. */
    protected Object own(String field, E item) {
        throw new IllegalStateException(getClass().getSimpleName() + " maps no field " + field);
    }

    /**
     * The items that name {@code deleted} in a field this writer maps itself (none by default), and taking the items
     * that {@code gone} tells out of those fields of one: what {@link #release} does for the fields copied by name.
     */
    protected List<E> naming(Object deleted) {
        return List.of();
    }

    protected void forget(E item, Predicate<Object> gone) {
    }

    public Written<V> create(I input) {
        em.setFlushMode(FlushModeType.COMMIT);
        requireBody(input);
        Checks checks = new Checks(em, validator.validate(input));
        E item = type.newItem();
        write(input, item, checks);
        checks.throwIfAny();
        requireFree(input.slug());
        em.persist(item);
        Written<V> written = store(item, input.slug());
        history.taken(type.collection(), input.slug());
        changes.record(ChangeAction.CREATED, type.collection(), id(item), input.slug(), tree(input), null, Content.publication(item));
        return written;
    }

    public Written<V> replace(String slug, String ifMatch, I input) {
        E item = current(slug, ifMatch);
        requireBody(input);
        return update(item, slug, input);
    }

    public Written<V> patch(String slug, String ifMatch, JsonNode patch) {
        E item = current(slug, ifMatch);
        requireBody(patch);
        JsonNode merged = MergePatch.apply(tree(input(item)), patch);
        try {
            return update(item, slug, mapper.treeToValue(merged, type.input()));
        } catch (JsonProcessingException e) {
            throw ProblemException.unreadable(e);
        }
    }

    public void delete(String slug, String ifMatch) {
        E item = current(slug, ifMatch);
        Long id = id(item);
        Publication before = Content.publication(item);
        writers.forEach(writer -> writer.release(item));
        em.remove(item);
        em.flush();
        history.forget(type.collection(), id);
        changes.record(ChangeAction.DELETED, type.collection(), id, slug, null, before, null);
    }

    /**
     * Takes an item about to be deleted out of this resource's items that name it, so that they stay whole: each is
     * stamped and recorded as updated, as if an editor had taken the reference out, for the change log's observers.
     */
    public void release(Object deleted) {
        Predicate<Object> gone = x -> Hibernate.getClass(deleted).isInstance(x) && id(deleted).equals(id(x));
        Set<E> naming = fields.naming(em, deleted);
        naming.addAll(naming(deleted));
        for (E item : naming) {
            JsonNode before = tree(input(item));
            fields.forget(item, gone);
            forget(item, gone);
            stamp(item);
            I after = input(item);
            changes.record(ChangeAction.UPDATED, type.collection(), id(item), after.slug(), MergePatch.diff(before, tree(after)),
                    Content.publication(item), Content.publication(item));
        }
    }

    private Written<V> update(E item, String slug, I input) {
        JsonNode before = tree(input(item));
        Publication was = Content.publication(item);
        Checks checks = new Checks(em, validator.validate(input));
        write(input, item, checks);
        checks.throwIfAny();
        if (!slug.equals(input.slug())) {
            requireFree(input.slug());
            history.renamed(type.collection(), id(item), slug, input.slug());
        }
        JsonNode patch = MergePatch.diff(before, tree(input));
        if (!patch.isEmpty()) {
            stamp(item);
        }
        Written<V> written = store(item, input.slug());
        if (!patch.isEmpty()) {
            changes.record(ChangeAction.UPDATED, type.collection(), id(item), input.slug(), patch, was, Content.publication(item));
        }
        return written;
    }

    private void write(I input, E item, Checks checks) {
        fields.apply(input, item, checks);
        apply(input, item, checks);
    }

    /** Marks a changed item as updated now: a change to one of its lists alone does not make it dirty, so nothing else would. */
    private void stamp(E item) {
        if (item instanceof Content content) {
            content.updatedAt = clock.instant();
        }
    }

    /** The item as a body, the document a merge patch applies to. */
    private I input(E item) {
        return fields.input(item, this::own);
    }

    /** The item, locked until the transaction ends, if If-Match carries its current ETag. */
    private E current(String slug, String ifMatch) {
        em.setFlushMode(FlushModeType.COMMIT);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.ifMatchRequired();
        }
        E item = em.createQuery("select x from " + type.entity().getSimpleName() + " x where x.slug = :slug", type.entity())
                .setParameter("slug", slug).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> ProblemException.absent(type.singular(), slug));
        String etag = etags.of(type.view(item, clock.instant()));
        if (!ETags.matchesStrongly(ifMatch, etag)) {
            throw ProblemException.stale(etag);
        }
        return item;
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.invalidContent(List.of(InvalidParam.body("body", "a JSON object is required")));
        }
    }

    private void requireFree(String slug) {
        Long taken = em.createQuery("select count(x) from " + type.entity().getSimpleName() + " x where x.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult();
        if (taken > 0) {
            throw ProblemException.slugTaken(type.singular(), slug);
        }
    }

    /** Writes the item, then reads it back as a GET will, so the ETag answered is the one the next GET gives. */
    private Written<V> store(E item, String slug) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Only a slug taken by a concurrent write can break a constraint once the body has been checked.
            throw ProblemException.slugTaken(type.singular(), slug);
        }
        Long id = id(item);
        em.clear();
        E stored = em.find(type.entity(), id);
        V view = type.view(stored, clock.instant());
        return new Written<>(slug, view, etags.of(view));
    }

    /** The id of an item, or of a reference to one that is not loaded. */
    private Long id(Object item) {
        return item == null ? null : (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(item);
    }

    private JsonNode tree(Object value) {
        return value == null ? JsonNodeFactory.instance.objectNode() : mapper.valueToTree(value);
    }
}
