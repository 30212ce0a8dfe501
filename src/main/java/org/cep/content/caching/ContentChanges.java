package org.cep.content.caching;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Notices every insert, update and delete of an entity or of its collections, whoever makes it (the API's writes,
 * the seed loader), and once its transaction has committed, empties the cache here and tells the other instances.
 * One instance per session.
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

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changed();
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] state, Object[] previous, String[] names, Type[] types) {
        changed();
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changed();
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        changed();
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        changed();
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        changed();
    }

    private void changed() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION || transactions.getResource(KEY) != null) {
            return;
        }
        transactions.putResource(KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidate();
                    channel.announce();
                }
            }
        });
    }
}
