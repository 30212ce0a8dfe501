package org.cep.content.cdn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.cep.content.items.ItemType;
import org.hibernate.proxy.HibernateProxy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names items as surrogate keys: the resource's noun and the item's id ({@code event:1234}, {@code expert-group:7}).
 * Ids, not slugs: a renamed item keeps its key, so the purge of a rename reaches the answers cached under the old
 * name, and no key ever needs escaping.
 */
@ApplicationScoped
public class ItemKeys {

    private final List<ItemType<?, ?, ?>> types;

    @Inject
    Instance<EntityManagerFactory> factory;

    @Inject
    ItemKeys(@Any Instance<ItemType<?, ?, ?>> types) {
        this.types = types.stream().<ItemType<?, ?, ?>>map(type -> type).toList();
    }

    /** The key of a loaded or referenced entity, if it is an item of a resource. */
    Optional<String> of(Object entity) {
        return typeOf(entity).map(declared -> {
            Object id = entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getIdentifier()
                    : factory.get().getPersistenceUnitUtil().getIdentifier(entity);
            return id == null ? null : kind(declared) + ":" + id;
        });
    }

    /** The key of the collection an entity belongs to ({@code events}). */
    Optional<String> collectionOf(Object entity) {
        return typeOf(entity).map(ItemType::collection);
    }

    /**
     * Whether the views of this entity's items list the items that refer to them (a project its events, a person the
     * events they spoke at), so that a change to a referring item changes them. A tag lists nothing: it counts, and its
     * answers carry the keys of the collections it counts instead.
     */
    boolean listsReferrers(Object entity) {
        return typeOf(entity).filter(ItemType::publishable).isPresent();
    }

    /** The key of one item ({@code news:12}). */
    String of(ItemType<?, ?, ?> type, Object id) {
        return kind(type) + ":" + id;
    }

    /** The collection whose items carry keys of this kind: {@code event} is of {@code events}. */
    String collectionOfKind(String kind) {
        return types.stream().filter(type -> kind(type).equals(kind)).findFirst().map(ItemType::collection).orElse(kind);
    }

    /** The declared resources, for a caller that queries each of them. */
    public List<ItemType<?, ?, ?>> types() {
        return types;
    }

    /** The resource of an entity; a lazy reference is not loaded to tell. */
    private Optional<ItemType<?, ?, ?>> typeOf(Object entity) {
        Class<?> loaded = entity instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass();
        return types.stream().filter(type -> type.entity().isAssignableFrom(loaded)).findFirst();
    }

    /**
     * The resource's noun as a slug, as webhooks name resources too: {@code expert group} is {@code expert-group}, and a
     * {@code news item} is {@code news}, the uncountable noun.
     */
    private static String kind(ItemType<?, ?, ?> type) {
        String noun = type.singular().toLowerCase(Locale.ROOT);
        return (noun.endsWith(" item") ? noun.substring(0, noun.length() - " item".length()) : noun).replace(' ', '-');
    }
}
