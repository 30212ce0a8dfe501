package org.cep.content.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches one page of a filtered, ordered collection in three statements: the total, the page's ids, and
 * those rows with their to-one associations. The first two read only what the filters and the order name,
 * so an index can answer them without touching the rows; the rows' collections then load in batches
 * (quarkus.hibernate-orm.fetch.batch-size), so a page costs the same number of statements whatever its size.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * @param fetch to-one associations to join in the row statement, such as {@code left join fetch e.project}
     */
    public static <T> Page<T> fetch(EntityManager em, Class<T> type, String alias, String fetch, Where where, PageRequest request) {
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
        List<T> rows = new ArrayList<>(em.createQuery("select " + alias + from + " " + fetch + " where " + alias + ".id in :ids", type)
                .setParameter("ids", page)
                .getResultList());
        PersistenceUnitUtil entities = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, Integer> position = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            position.put(page.get(i), i);
        }
        rows.sort(Comparator.comparing(row -> position.get(entities.getIdentifier(row))));
        return new Page<>(rows, Page.PageInfo.of(request, total));
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
