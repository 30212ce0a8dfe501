package org.cep.content.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cep.content.caching.Freshness;
import org.cep.content.cdn.SurrogateKeys;
import org.cep.content.items.ItemStore;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;
import org.cep.content.tags.Tags;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every query on events. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventRepository implements ItemStore<Event, EventQuery.EventFilter> {

    @Inject
    Freshness freshness;

    @Inject
    SurrogateKeys shown;

    @Override
    public Page<Event> search(EventQuery.EventFilter filter) {
        if (filter.upcoming() || filter.past()) {
            freshness.validUntil(nextEnd(filter));
        }
        return Pages.fetch(getEntityManager(), Event.class, "e", where(filter, true), filter.listing().page(),
                "project", "expertGroup");
    }

    /**
     * At most {@code limit} events of the filter's page, as a calendar writes them: one statement for the events,
     * one for their tags.
     */
    public List<CalendarEvent> calendar(EventQuery.EventFilter filter, int limit) {
        List<Object[]> rows = Pages.rows(getEntityManager(), Event.class, "e", where(filter, true), filter.listing().page(),
                CalendarEvent.COLUMNS, limit);
        Map<Long, List<String>> labels = new HashMap<>();
        if (!rows.isEmpty()) {
            getEntityManager().createQuery("select e.id, t.id, t.label from Event e join e.tags t where e.id in :ids",
                            Object[].class)
                    .setParameter("ids", rows.stream().map(row -> row[0]).toList())
                    .getResultStream().forEach(tag -> {
                        shown.item(Tags.TYPE, tag[1]);
                        labels.computeIfAbsent((Long) tag[0], id -> new ArrayList<>()).add((String) tag[2]);
                    });
        }
        return rows.stream().map(row -> {
            shown.item(Events.TYPE, row[0]);
            List<String> tags = labels.getOrDefault((Long) row[0], new ArrayList<>());
            tags.sort(Comparator.naturalOrder());
            return CalendarEvent.of(row, List.copyOf(tags));
        }).toList();
    }

    /**
     * When an answer to a filter relative to now ({@code upcoming}, {@code past}) next changes: the earliest end after
     * now among the events its other filters match, {@link Instant#MAX} when none ends later.
     */
    public Instant nextEnd(EventQuery.EventFilter filter) {
        Where later = where(filter, false).and("{a}.endsAt > :now", "now", filter.listing().now());
        Instant next = Pages.least(getEntityManager(), Event.class, "e", later, "endsAt", Instant.class);
        return next == null ? Instant.MAX : next;
    }

    public Optional<Event> findPublished(String slug, Instant now) {
        return findBySlug(slug).filter(e -> e.isVisibleAt(now));
    }

    /** The filter's conditions; {@code relativeToNow} false leaves out {@code upcoming} and {@code past}. */
    private static Where where(EventQuery.EventFilter filter, boolean relativeToNow) {
        return Where.listed("e", filter.listing())
                .andIf(filter.range().from() != null, "{a}.endsAt > :from", "from", filter.range().from())
                .andIf(filter.range().toExclusive() != null, "{a}.startsAt < :to", "to", filter.range().toExclusive())
                .andIf(relativeToNow && filter.upcoming(), "{a}.endsAt > :now", "now", filter.listing().now())
                .andIf(relativeToNow && filter.past(), "{a}.endsAt <= :now", "now", filter.listing().now())
                .in("kind", filter.kinds(), "kinds")
                .in("country", filter.countries(), "countries")
                .in("attendance", filter.attendances(), "attendances")
                .andIf(filter.project() != null, "{a}.project.slug = :project", "project", filter.project())
                .andIf(filter.expertGroup() != null, "{a}.expertGroup.slug = :expertGroup", "expertGroup", filter.expertGroup())
                .andIf(filter.speaker() != null,
                        "{a}.id in (select x.id from Event x join x.speakers s where s.slug = :speaker)", "speaker", filter.speaker());
    }
}
