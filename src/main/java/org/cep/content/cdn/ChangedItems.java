package org.cep.content.cdn;

import org.hibernate.collection.spi.PersistentCollection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The entities one transaction wrote, and those they referred to before and after: what its purge is computed from
 * once it commits. Filled from Hibernate's callbacks during flush, when a collection's elements and its snapshot of
 * the elements before are still at hand; a collection not loaded was not changed, and is not loaded to look.
 */
public final class ChangedItems {

    private final List<Object> written = new ArrayList<>();
    private final List<Object> referenced = new ArrayList<>();

    /** An entity inserted, updated or deleted, with the values of its properties (before and after, for an update). */
    public void entity(Object entity, Object[]... states) {
        written.add(entity);
        for (Object[] state : states) {
            if (state != null) {
                for (Object value : state) {
                    refer(value);
                }
            }
        }
    }

    /** A collection of an entity created, changed or removed: its owner changed, and the elements it had and has. */
    public void collection(Object collection) {
        if (collection instanceof PersistentCollection<?> persistent) {
            if (persistent.getOwner() != null) {
                written.add(persistent.getOwner());
            }
            refer(persistent);
            refer(persistent.getStoredSnapshot());
        }
    }

    List<Object> written() {
        return written;
    }

    List<Object> referenced() {
        return referenced;
    }

    private void refer(Object value) {
        if (value instanceof PersistentCollection<?> persistent && !persistent.wasInitialized()) {
            return;
        }
        if (value instanceof Collection<?> elements) {
            referenced.addAll(elements);
        } else if (value instanceof Map<?, ?> snapshot) {
            referenced.addAll(snapshot.values());
        } else if (value != null) {
            referenced.add(value);
        }
    }
}
