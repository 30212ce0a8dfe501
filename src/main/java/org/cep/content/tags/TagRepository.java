package org.cep.content.tags;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
import org.cep.content.items.ItemType;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every query on tags, including how many visible items carry each. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class TagRepository implements ItemStore<Tag, TagQuery.TagFilter> {

    @Override
    public Page<Tag> search(TagQuery.TagFilter filter) {
        // Slugs are the folded form of labels, so they match folded search words directly.
        Where where = Where.all("t").matching("slug", filter.words());
        return Pages.fetch(getEntityManager(), Tag.class, "t", where, filter.page());
    }

    /** For each tag, how many visible items of each collection it counts carry it: one statement per collection. */
    static Map<Long, Map<String, Long>> counts(Collection<Tag> tags, Instant now) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        tags.forEach(t -> counts.put(t.id, new HashMap<>()));
        if (tags.isEmpty()) {
            return counts;
        }
        List<Long> ids = tags.stream().map(t -> t.id).toList();
        for (ItemType<?, ?, ?> counted : counted()) {
            List<Object[]> rows = Panache.getEntityManager().createQuery("select t.id, count(x) from " + counted.entity().getSimpleName()
                            + " x join x.tags t where t.id in :ids and x.status = org.cep.content.items.PublicationStatus.PUBLISHED"
                            + " and (x.publishedAt is null or x.publishedAt <= :now) group by t.id", Object[].class)
                    .setParameter("ids", ids).setParameter("now", now).getResultList();
            for (Object[] row : rows) {
                counts.get((Long) row[0]).put(counted.collection(), (Long) row[1]);
            }
        }
        return counts;
    }

    /** The resources whose items the tags' declaration says it counts; views are made outside injection, so looked up. */
    private static List<ItemType<?, ?, ?>> counted() {
        return CDI.current().select(new TypeLiteral<ItemType<?, ?, ?>>() { }, Any.Literal.INSTANCE).stream()
                .<ItemType<?, ?, ?>>map(type -> type).filter(type -> Tags.TYPE.counts().contains(type.collection())).toList();
    }
}
