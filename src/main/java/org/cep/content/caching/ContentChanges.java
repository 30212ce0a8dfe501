package org.cep.content.caching;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cep.content.cdn.ChangePurges;
import org.cep.content.cdn.ChangedItems;
import org.cep.content.cdn.SurrogateKeys;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Notices every insert, update and delete of an entity or of its collections, whoever makes it (the API's writes,
 * the seed loader), and once its transaction has committed, empties the cache here, tells the other instances and
 * purges the CDN's answers that showed what changed. Notices too every entity a request reads, which is what its
 * answer shows ({@link SurrogateKeys}). One instance per session.
 */
@Dependent
@PersistenceUnitExtension
class ContentChanges implements Interceptor {

    private static final Object KEY = ContentChanges.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ResponseCache cache;

    @Inject
    ChangeChannel channel;

    @Inject
    ChangePurges purges;

    @Inject
    SurrogateKeys shown;

    @Override
    public boolean onLoad(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (Arc.container().requestContext().isActive()) {
            shown.loaded(entity);
        }
        return false;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changed().entity(entity, state);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] state, Object[] previous, String[] names, Type[] types) {
        changed().entity(entity, state, previous);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changed().entity(entity, state);
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        changed().collection(collection);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        changed().collection(collection);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        changed().collection(collection);
    }

    /** What this transaction has written so far; outside a transaction nothing is, and what is noted is dropped. */
    private ChangedItems changed() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return new ChangedItems();
        }
        ChangedItems changed = (ChangedItems) transactions.getResource(KEY);
        if (changed != null) {
            return changed;
        }
        ChangedItems first = new ChangedItems();
        transactions.putResource(KEY, first);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidate();
                    channel.announce();
                    if (purges.enabled()) {
                        purges.committed(first, channel.active());
                    }
                }
            }
        });
        return first;
    }
}
