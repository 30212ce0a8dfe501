package org.cep.content.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cep.content.access.Editors;
import org.cep.content.caching.Freshness;
import org.cep.content.common.ContentConfig;
import org.cep.content.events.CalendarEvent;
import org.cep.content.events.EventQuery;
import org.cep.content.events.EventRepository;
import org.cep.content.search.SearchBounds;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The events of a calendar feed, and when that calendar next changes as time passes: by default it holds the
 * upcoming events and those that ended in the last twelve months, so it changes when an event ends and when the
 * oldest one it holds falls out of those months.
 */
@ApplicationScoped
class CalendarFeed {

    /** The most events one calendar answer holds, which keeps it far under 1 MB whatever the database holds. */
    static final int LIMIT = 500;
    /** How far back a calendar reaches when no dates are asked for. */
    static final int MONTHS_BACK = 12;

    @Inject
    EventRepository events;

    @Inject
    Editors editors;

    @Inject
    Freshness freshness;

    @Inject
    Clock clock;

    @Inject
    ContentConfig config;

    @Inject
    SearchBounds bounds;

    @Inject
    CalendarRenders renders;

    byte[] write(EventQuery query, Function<String, String> absolute) {
        Instant now = clock.instant();
        ZoneId zone = config.timeZone();
        Instant defaultFrom = ZonedDateTime.ofInstant(now, zone).minusMonths(MONTHS_BACK).toInstant();
        List<EventQuery.EventFilter> filters = query.toFeedFilters(now, zone, defaultFrom, LIMIT);
        EventQuery.EventFilter first = filters.get(0);
        editors.mayList(first.status());
        return renders.bounded(() -> render(filters, absolute, now, zone));
    }

    private byte[] render(List<EventQuery.EventFilter> filters, Function<String, String> absolute, Instant now, ZoneId zone) {
        EventQuery.EventFilter first = filters.get(0);
        int size = first.listing().page().size();
        List<CalendarEvent> found = bounds.within(first.search(), () -> {
            List<CalendarEvent> read = new ArrayList<>();
            for (EventQuery.EventFilter filter : filters) {
                if (read.size() < size) {
                    read.addAll(events.calendar(filter, size - read.size()));
                }
            }
            return read;
        });
        if (first.upcoming() || first.past()) {
            freshness.validUntil(events.nextEnd(first));
        }
        if (filters.size() > 1) {
            // The default window: the oldest event it holds leaves it twelve months after its end.
            found.stream().map(CalendarEvent::endsAt).filter(end -> !end.isAfter(now)).min(Instant::compareTo)
                    .ifPresent(end -> freshness.validUntil(end.atZone(zone).plusMonths(MONTHS_BACK).toInstant()));
        }
        Set<String> tags = first.listing().tags();
        String name = tags.isEmpty() ? "CEP events" : "CEP events: " + String.join(", ", tags);
        return EventCalendar.write(name, found, absolute, zone);
    }
}
