package org.cep.content.feeds;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.PublicUrls;
import org.cep.content.access.Editors;
import org.cep.content.events.Event;
import org.cep.content.events.EventQuery;
import org.cep.content.events.EventRepository;
import org.cep.content.events.Events;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The events as one iCalendar feed, to subscribe to from a calendar application. */
@Path(Events.PATH + ".ics")
@Tag(name = Feeds.TAG, description = Feeds.ABOUT)
public class CalendarFeedResource {

    @Inject
    Editors editors;

    /** The most events one calendar answer holds, which keeps it far under 1 MB whatever the database holds. */
    static final int LIMIT = 500;
    /** How far back a calendar reaches when no dates are asked for. */
    static final int MONTHS_BACK = 12;

    @Inject
    EventRepository events;

    @Inject
    PublicUrls urls;

    @Inject
    Clock clock;

    @Inject
    ContentConfig config;

    @GET
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(operationId = "listEventsAsICalendar", summary = "Subscribe to events (iCalendar)",
            description = "The events of `GET /api/v1/events` as an RFC 5545 calendar to subscribe to, with the same filters "
                    + "(`?tag=mental-health`). Timed events are written in UTC and whole-day events as dates, so every client "
                    + "shows them at the right moment. Without `from`, `to`, `upcoming` or `past`, the calendar holds the "
                    + "events of the last 12 months and all future ones; ask for older ones with `from` and `to` "
                    + "(`?from=2018-01-01&to=2018-12-31`). One answer holds at most 500 events, so it stays far under 1 MB: "
                    + "by default the upcoming ones first, then the most recent; with `page`, `after` or `sort`, that "
                    + "page of the order asked for (`size` asks for fewer).")
    @APIResponse(responseCode = "200", description = "The calendar.",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING,
                    example = "BEGIN:VCALENDAR\r\nPRODID:-//Confederation of European Probation//CEP content API//EN\r\nVERSION:2.0\r\n...")))
    public String calendar(@BeanParam EventQuery query, @Context UriInfo request) {
        Feeds.refuseFields(query);
        Instant now = clock.instant();
        Instant defaultFrom = ZonedDateTime.ofInstant(now, config.timeZone()).minusMonths(MONTHS_BACK).toInstant();
        List<EventQuery.EventFilter> filters = query.toFeedFilters(now, config.timeZone(), defaultFrom, LIMIT);
        editors.mayList(filters.get(0).status());
        int size = filters.get(0).listing().page().size();
        List<Event> found = new ArrayList<>();
        for (EventQuery.EventFilter filter : filters) {
            if (found.size() < size) {
                found.addAll(events.search(filter).items());
            }
        }
        Set<String> tags = filters.get(0).listing().tags();
        String name = tags.isEmpty() ? "CEP events" : "CEP events: " + String.join(", ", tags);
        return EventCalendar.write(name, found.subList(0, Math.min(size, found.size())), urls.of(request), config.timeZone());
    }
}
