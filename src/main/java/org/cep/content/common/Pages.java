package org.cep.content.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;

/**
 * Fetches one page of a filtered, ordered collection in two statements (count and rows); the
 * rows' collections then load in batches (quarkus.hibernate-orm.fetch.batch-size), so a page costs
 * the same number of statements whatever its size.
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
        TypedQuery<T> rows = em.createQuery("select " + alias + from + " " + fetch + where.clause()
                + " order by " + request.sort().orderBy(alias), type);
        bind(rows, where.parameters());
        rows.setFirstResult(request.offset()).setMaxResults(request.size());
        return new Page<>(rows.getResultList(), Page.PageInfo.of(request, total));
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
