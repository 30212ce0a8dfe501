package org.cep.content.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.hibernate.Session;
import org.hibernate.graph.RootGraph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches one page of a filtered, ordered collection: the total, the page's ids, and those rows with the
 * to-one associations named. The first two read only what the filters and the order name, so an index can
 * answer them without touching the rows; the rows' collections then load in batches
 * (quarkus.hibernate-orm.fetch.batch-size), so a page costs the same number of statements whatever its size.
 * A page after a cursor starts where the cursor's sort keys leave off (keyset), so it costs the same however
 * deep into the collection it lies.
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
        long total = count(em, type, alias, where);
        if (total == 0 || request.offset() >= total) {
            return new Page<>(List.of(), Page.PageInfo.of(request, total, null));
        }
        List<Object[]> found = keys(em, alias, from, where, request);
        List<Object[]> page = found.subList(0, Math.min(found.size(), request.size()));
        String next = found.size() > request.size() && request.sort().walkable() ? cursorAfter(page.get(page.size() - 1), request, page.size()) : null;
        List<Long> ids = page.stream().map(row -> ((Number) row[row.length - 1]).longValue()).toList();
        return new Page<>(load(em, type, ids, fetch), Page.PageInfo.of(request, total, next));
    }

    /**
     * The page's rows as {@code select} (JPQL over the alias) makes them, at most {@code limit}, in the page's order and
     * without the total: for an answer that shows only some columns and no page numbers, such as a calendar.
     */
    public static List<Object[]> rows(EntityManager em, Class<?> type, String alias, Where where, PageRequest request,
                                      String select, int limit) {
        return ordered(em, alias, select, " from " + type.getSimpleName() + " " + alias, where, request, limit);
    }

    /** How many items match. */
    public static long count(EntityManager em, Class<?> type, String alias, Where where) {
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + type.getSimpleName() + " " + alias
                + where.clause(), Long.class);
        bind(count, where.parameters());
        return count.getSingleResult();
    }

    /**
     * How many matches share each value of {@code value} (JPQL over the alias, or over {@code join}'s), as rows of the
     * value and its count, the value never null: for facets.
     *
     * @param join a join after the alias, such as {@code join e.tags t}, or an empty text
     */
    public static List<Object[]> counted(EntityManager em, Class<?> type, String alias, String join, Where where, String value) {
        TypedQuery<Object[]> counted = em.createQuery("select " + value + ", count(distinct " + alias + ".id) from "
                + type.getSimpleName() + " " + alias + " " + join + where.clause() + (where.clause().isEmpty() ? " where " : " and ")
                + value + " is not null group by " + value, Object[].class);
        bind(counted, where.parameters());
        return counted.getResultList();
    }

    /**
     * The best {@code limit} matches of the where's search, in the collection's order by {@link Sort#RELEVANCE}, as rows
     * of the id, the rank and the {@code also} selected (JPQL over the alias), if any.
     */
    public static List<Object[]> ranked(EntityManager em, Class<?> type, String alias, Where where, Sort.Fields sort,
                                        String also, int limit) {
        PageRequest request = new PageRequest(1, limit, sort.parse(Sort.RELEVANCE));
        return ordered(em, alias, alias + ".id, " + Sort.RANK + (also == null ? "" : ", " + also),
                " from " + type.getSimpleName() + " " + alias, where, request, limit);
    }

    /** The least value of the field among the matches; null when nothing matches. */
    public static <R> R least(EntityManager em, Class<?> type, String alias, Where where, String field, Class<R> result) {
        TypedQuery<R> least = em.createQuery("select min(" + alias + "." + field + ") from " + type.getSimpleName() + " "
                + alias + where.clause(), result);
        bind(least, where.parameters());
        return least.getSingleResult();
    }

    /**
     * The sort keys and ids of the page's items and of one more, which tells whether another page follows: by
     * offset, or after the cursor.
     */
    private static List<Object[]> keys(EntityManager em, String alias, String from, Where where, PageRequest request) {
        return ordered(em, alias, request.sort().keys(alias), from, where, request, request.size() + 1);
    }

    private static List<Object[]> ordered(EntityManager em, String alias, String select, String from, Where where,
                                          PageRequest request, int limit) {
        Sort sort = request.sort();
        if (request.after() != null) {
            sort.after(where, request.after());
        }
        TypedQuery<Object[]> rows = em.createQuery(where.ranked("select " + select + from + where.clause()
                + " order by " + sort.orderBy(alias)), Object[].class);
        bind(rows, where.parameters());
        if (request.after() == null) {
            rows.setFirstResult(request.offset());
        }
        return rows.setMaxResults(limit).getResultList();
    }

    /**
     * The items, in the order of their ids, through a loader whose statement Hibernate prepares once. An item
     * deleted since its id was read is left out.
     */
    public static <T> List<T> load(EntityManager em, Class<T> type, List<Long> ids, String... fetch) {
        Session session = em.unwrap(Session.class);
        RootGraph<T> graph = session.createEntityGraph(type);
        graph.addAttributeNodes(fetch);
        return session.byMultipleIds(type).withFetchGraph(graph).multiLoad(ids).stream().filter(Objects::nonNull).toList();
    }

    /** A row is the sort keys, then the id. */
    private static String cursorAfter(Object[] row, PageRequest request, int itemsOnPage) {
        List<Object> keys = Arrays.asList(Arrays.copyOf(row, row.length - 1));
        return request.cursorAfter(keys, ((Number) row[row.length - 1]).longValue(), itemsOnPage);
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        try {
            parameters.forEach(query::setParameter);
        } catch (IllegalArgumentException e) {
            // Only a cursor forged with the right checksum carries a key of another type than its sort's.
            throw ProblemException.invalidParameters(List.of(InvalidParam.query("after", "does not fit this collection's sort")));
        }
    }
}
