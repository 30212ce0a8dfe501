package org.cep.content.query;

import org.cep.content.search.SearchSql;
import org.cep.content.search.SearchTerms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A JPQL {@code where} clause built filter by filter, always with named parameters. */
public final class Where {

    private final String alias;
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private String rank = "0.0";

    private Where(String alias) {
        this.alias = alias;
    }

    public static Where all(String alias) {
        return new Where(alias);
    }

    /** The items a listing asks for: of its status, carrying its tags and matching its words. */
    public static Where listed(String alias, Listing listing) {
        return new Where(alias).status(listing.status(), listing.now()).tagged(listing.tags(), listing.allTags())
                .searching(listing.search());
    }

    /** Items of the listed status: by default, published items whose publication time has come. */
    private Where status(ListedStatus status, Instant now) {
        String published = "{a}.status = org.cep.content.items.PublicationStatus.PUBLISHED";
        return switch (status) {
            case PUBLISHED -> and(published + " and ({a}.publishedAt is null or {a}.publishedAt <= :now)", "now", now);
            case SCHEDULED -> and(published + " and {a}.publishedAt > :now", "now", now);
            case DRAFT -> and("{a}.status = org.cep.content.items.PublicationStatus.DRAFT");
            case ANY -> this;
        };
    }

    /** Adds a clause, {@code {a}} standing for the alias; the values come in name, value pairs. */
    public Where and(String clause, Object... namesAndValues) {
        clauses.add("(" + clause.replace("{a}", alias) + ")");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    public Where andIf(boolean condition, String clause, Object... namesAndValues) {
        return condition ? and(clause, namesAndValues) : this;
    }

    /** Items carrying any (or, with {@code all}, every one) of the tags. */
    public Where tagged(Set<String> tags, boolean all) {
        if (tags.isEmpty()) {
            return this;
        }
        // Correlated on the item's own link rows, so PostgreSQL probes (item, tag) instead of listing every tagged item.
        if (all && tags.size() > 1) {
            return and("(select count(distinct t.id) from {a}.tags t where t.slug in :tags) = :tagCount",
                    "tags", tags, "tagCount", (long) tags.size());
        }
        return and("exists (select t.id from {a}.tags t where t.slug " + oneOrAny("tags", tags) + ")", "tags", bound(tags));
    }

    /** Items that match the search's terms ({@link SearchSql}), ranked by how well they match. */
    public Where searching(SearchTerms search) {
        if (search.isEmpty()) {
            return this;
        }
        rank = SearchSql.rank(search).replace("{a}", alias);
        SearchSql.Clause matching = SearchSql.matching(search);
        return and(matching.jpql(), matching.namesAndValues());
    }

    /** The query with the rank of the search's matches where it names it ({@link Sort#RELEVANCE}). */
    String ranked(String query) {
        return query.replace(Sort.RANK, rank);
    }

    /** Items whose field, already folded (lower case, no accents), contains every word. */
    public Where matching(String path, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            and("{a}." + path + " like :q" + i + " escape '!'", "q" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return this;
    }

    /** Items whose field contains the text, ignoring case. */
    public Where containing(String path, String text) {
        return andIf(text != null, "lower({a}." + path + ") like :" + path + " escape '!'",
                path, "%" + escapeLike(text == null ? "" : text.toLowerCase(Locale.ROOT)) + "%");
    }

    public Where in(String path, Collection<?> values, String parameter) {
        return andIf(!values.isEmpty(), "{a}." + path + " " + oneOrAny(parameter, values), parameter, bound(values));
    }

    /**
     * A single value binds as a plain parameter rather than a list: Hibernate reuses the translation of a query
     * only when no parameter is a list, and one value is by far the most common filter.
     */
    private static String oneOrAny(String parameter, Collection<?> values) {
        return (values.size() == 1 ? "= :" : "in :") + parameter;
    }

    private static Object bound(Collection<?> values) {
        return values.size() == 1 ? values.iterator().next() : values;
    }

    String clause() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
