package org.cep.content.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;
import org.hibernate.graph.RootGraph;

import java.util.List;
import java.util.Map;

/**
 * Fetches one page of a filtered, ordered collection: the total, the page's ids, and those rows with the
 * to-one associations named. The first two read only what the filters and the order name, so an index can
 * answer them without touching the rows; the rows' collections then load in batches
 * (quarkus.hibernate-orm.fetch.batch-size), so a page costs the same number of statements whatever its size.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * @param fetch to-one associations to load with the rows, such as {@code project}
     */
    public static <T> Page<T> fetch(EntityManager em, Class<T> type, String alias, Where where, PageRequest request,
                                    String... fetch) {
        String from = " from " + type.getSimpleName() + " " + alias;
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from + where.clause(), Long.class);
        bind(count, where.parameters());
        long total = count.getSingleResult();
        if (total == 0 || request.offset() >= total) {
            return new Page<>(List.of(), Page.PageInfo.of(request, total));
        }
        TypedQuery<Long> ids = em.createQuery("select " + alias + ".id" + from + where.clause()
                + " order by " + request.sort().orderBy(alias), Long.class);
        bind(ids, where.parameters());
        List<Long> page = ids.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        RootGraph<T> graph = em.unwrap(Session.class).createEntityGraph(type);
        graph.addAttributeNodes(fetch);
        // In the order of the ids, through a loader whose statement Hibernate prepares once.
        List<T> rows = em.unwrap(Session.class).byMultipleIds(type).withFetchGraph(graph).multiLoad(page);
        return new Page<>(rows, Page.PageInfo.of(request, total));
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
