package org.cep.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cep.content.cdn.SurrogateKeys;
import org.cep.content.items.Content;
import org.cep.content.items.ItemType;
import org.cep.content.query.Listing;
import org.cep.content.query.ListedStatus;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;
import org.cep.content.tags.Tags;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches every collection that {@code q} searches in full text at once. Each collection's best matches are ranked as
 * its own {@code sort=relevance} ranks them, with the same weights on every collection, then merged by rank; ties go
 * by collection, then in the collection's own order. A search costs a fixed number of statements per collection (its
 * count, its tags, its years, its best matches, their items) and reads at most {@link SiteSearchQuery#DEPTH} matches
 * of each, within the {@link SearchBounds} of every search.
 */
@ApplicationScoped
public class SiteSearch {

    private static final String ALIAS = "i";

    private final List<Searched> searched;

    @Inject
    EntityManager em;

    @Inject
    SearchBounds bounds;

    @Inject
    SurrogateKeys keys;

    @Inject
    SiteSearch(@Any Instance<ItemType<?, ?, ?>> types) {
        searched = types.stream().filter(ItemType::searched)
                .sorted(Comparator.comparing(ItemType::collection)).map(Searched::of).toList();
    }

    /** The searched collections, as {@code type} names them, in their order. */
    public List<String> collections() {
        return searched.stream().map(searched -> searched.type().collection()).toList();
    }

    /** The page of hits the filter asks for; {@code urls} makes an API path absolute. */
    SearchResults search(SiteSearchQuery.Filter filter, Instant now, Function<String, String> urls) {
        return bounds.within(filter.search(), () -> find(filter, now, urls));
    }

    private SearchResults find(SiteSearchQuery.Filter filter, Instant now, Function<String, String> urls) {
        List<SearchResults.TypeCount> types = new ArrayList<>();
        Map<String, Long> tags = new HashMap<>();
        Map<Integer, Long> years = new HashMap<>();
        List<Match> matches = new ArrayList<>();
        long total = 0;
        keys.listed(Tags.TYPE);
        for (int index = 0; index < searched.size(); index++) {
            Searched collection = searched.get(index);
            keys.listed(collection.type());
            boolean dated = filter.years().isEmpty() || collection.year() != null;
            long count = dated ? Pages.count(em, collection.entity(), ALIAS, collection.where(filter, now, true, true)) : 0;
            types.add(new SearchResults.TypeCount(collection.type().collection(), count));
            if (!filter.types().isEmpty() && !filter.types().contains(collection.type().collection())) {
                continue;
            }
            total += count;
            if (dated) {
                Pages.counted(em, collection.entity(), ALIAS, "join " + ALIAS + ".tags facet", collection.where(filter, now, false, true),
                        "facet.slug").forEach(row -> tags.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
            }
            if (collection.year() != null) {
                Pages.counted(em, collection.entity(), ALIAS, "", collection.where(filter, now, true, false),
                        collection.year()).forEach(row -> years.merge(((Number) row[0]).intValue(),
                        ((Number) row[1]).longValue(), Long::sum));
            }
            if (count > 0) {
                List<Object[]> best = Pages.ranked(em, collection.entity(), ALIAS, collection.where(filter, now, true, true),
                        collection.type().sort(), collection.year(), filter.offset() + filter.size());
                for (int position = 0; position < best.size(); position++) {
                    Object[] row = best.get(position);
                    Integer year = row.length > 2 && row[2] != null ? ((Number) row[2]).intValue() : null;
                    matches.add(new Match(index, position, ((Number) row[0]).longValue(), ((Number) row[1]).doubleValue(), year));
                }
            }
        }
        List<Match> page = matches.stream().sorted(Comparator.comparingDouble(Match::rank).reversed()
                        .thenComparingInt(Match::collection).thenComparingInt(Match::position))
                .skip(filter.offset()).limit(filter.size()).toList();
        long reachable = Math.min(total, SiteSearchQuery.DEPTH);
        return new SearchResults(hits(page, filter.search(), urls),
                new Page.PageInfo(filter.page(), filter.size(), total, (reachable + filter.size() - 1) / filter.size(), null),
                new SearchResults.Facets(types, counts(tags, Comparator.<Map.Entry<String, Long>, Long>comparing(Map.Entry::getValue)
                        .reversed().thenComparing(Map.Entry::getKey), SearchResults.TagCount::new),
                        counts(years, Map.Entry.<Integer, Long>comparingByKey().reversed(), SearchResults.YearCount::new)));
    }

    /** The page's items, loaded a collection at a time, as hits in the page's order. */
    private List<SearchResults.Hit> hits(List<Match> page, SearchTerms search, Function<String, String> urls) {
        Map<Integer, Map<Long, Content>> loaded = new HashMap<>();
        page.stream().collect(Collectors.groupingBy(Match::collection, Collectors.mapping(Match::id, Collectors.toList())))
                .forEach((index, ids) -> loaded.put(index, Pages.load(em, searched.get(index).entity(), ids).stream()
                        .collect(Collectors.toMap(item -> item.id, item -> (Content) item))));
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (Match match : page) {
            Searched collection = searched.get(match.collection());
            Content item = loaded.get(match.collection()).get(match.id());
            if (item != null) {
                hits.add(new SearchResults.Hit(collection.type().collection(), item.slug, item.heading(), Snippet.of(item, search),
                        match.year(), urls.apply(collection.type().path() + "/" + item.slug)));
            }
        }
        return hits;
    }

    private static <K, C> List<C> counts(Map<K, Long> counts, Comparator<Map.Entry<K, Long>> order, BiFunction<K, Long, C> count) {
        return counts.entrySet().stream().sorted(order).map(entry -> count.apply(entry.getKey(), entry.getValue())).toList();
    }

    /** One of a collection's best matches: its place among them, its id, its rank and its year, if it has one. */
    private record Match(int collection, int position, long id, double rank, Integer year) {
    }

    /** A searched collection, with the JPQL of its items' year ({@link SearchYear}) over the query's alias, if they have one. */
    private record Searched(ItemType<?, ?, ?> type, Class<? extends Content> entity, String year) {

        static Searched of(ItemType<?, ?, ?> type) {
            Class<? extends Content> entity = type.entity().asSubclass(Content.class);
            SearchYear year = entity.getAnnotation(SearchYear.class);
            String jpql = year == null ? null : SearchSql.yearOf(field(entity, year.value())).replace("{a}", ALIAS);
            return new Searched(type, entity, jpql);
        }

        private static Field field(Class<?> entity, String name) {
            for (Class<?> type = entity; type != Object.class; type = type.getSuperclass()) {
                try {
                    return type.getDeclaredField(name);
                } catch (NoSuchFieldException e) {
                    // declared further up
                }
            }
            throw new IllegalStateException(entity + " names no field " + name + " for its year");
        }

        /** The published items matching the search and, where asked, the filter's tags and years. */
        Where where(SiteSearchQuery.Filter filter, Instant now, boolean byTags, boolean byYears) {
            Where where = Where.listed(ALIAS, new Listing(now, ListedStatus.PUBLISHED, byTags ? filter.tags() : Set.of(),
                    filter.allTags(), filter.search(), null));
            return byYears && !filter.years().isEmpty() ? where.and(year + " in :years", "years", filter.years()) : where;
        }
    }
}
