package org.cep.content.tags;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
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

    /** The entities that carry tags, in the order of {@link TagView.Counts}. */
    private static final List<String> CARRIERS = List.of("Project", "Event", "Person", "ExpertGroup", "NewsItem");

    @Override
    public Page<Tag> search(TagQuery.TagFilter filter) {
        // Slugs are the folded form of labels, so they match folded search words directly.
        Where where = Where.all("t").matching("slug", filter.words());
        return Pages.fetch(getEntityManager(), Tag.class, "t", where, filter.page());
    }

    /** For each tag, how many visible items of each resource carry it: one statement per resource. */
    static Map<Long, long[]> counts(Collection<Tag> tags, Instant now) {
        Map<Long, long[]> counts = new HashMap<>();
        tags.forEach(t -> counts.put(t.id, new long[CARRIERS.size()]));
        if (tags.isEmpty()) {
            return counts;
        }
        List<Long> ids = tags.stream().map(t -> t.id).toList();
        for (int i = 0; i < CARRIERS.size(); i++) {
            List<Object[]> rows = Panache.getEntityManager().createQuery("select t.id, count(x) from " + CARRIERS.get(i)
                            + " x join x.tags t where t.id in :ids and x.status = org.cep.content.items.PublicationStatus.PUBLISHED"
                            + " and (x.publishedAt is null or x.publishedAt <= :now) group by t.id", Object[].class)
                    .setParameter("ids", ids).setParameter("now", now).getResultList();
            for (Object[] row : rows) {
                counts.get((Long) row[0])[i] = (Long) row[1];
            }
        }
        return counts;
    }
}
