package org.cep.content.feeds;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.cep.content.common.PublicUrls;
import org.cep.content.events.EventQuery;
import org.cep.content.events.Events;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The events as one iCalendar feed, to subscribe to from a calendar application. */
@Path(Events.PATH + ".ics")
@Tag(name = Feeds.TAG, description = Feeds.ABOUT)
public class CalendarFeedResource {

    @Inject
    CalendarFeed feed;

    @Inject
    PublicUrls urls;

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
    public byte[] calendar(@BeanParam EventQuery query, @Context UriInfo request) {
        Feeds.refuseFields(query);
        return feed.write(query, urls.of(request));
    }
}
