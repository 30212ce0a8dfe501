package org.cep.content.feeds;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.cep.content.common.PublicUrls;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.events.CalendarEvent;
import org.cep.content.events.Event;
import org.cep.content.events.EventRepository;
import org.cep.content.events.Events;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * One event as iCalendar, to add it to a calendar. Rooted at the events' own path so that
 * {@code /api/v1/events/{slug}.ics} is routed here rather than taken for a slug.
 */
@Path(Events.PATH)
@Tag(name = Feeds.TAG, description = Feeds.ABOUT)
public class EventCalendarResource {

    @Inject
    EventRepository events;

    @Inject
    PublicUrls urls;

    @Inject
    Clock clock;

    @GET
    @Path("{slug}.ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(operationId = "getEventAsICalendar", summary = "Get an event (iCalendar)",
            description = "One published event as an RFC 5545 calendar holding that event, to add it to a calendar.")
    @APIResponse(responseCode = "200", description = "The calendar of the event.",
            content = @Content(mediaType = "text/calendar",
                    schema = @Schema(type = SchemaType.STRING)))
    public byte[] event(@Parameter(description = "The event's slug.", example = "seminar-on-deradicalization-and-rehabilitation",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug,
                        @Context UriInfo request) {
        Event event = events.findPublished(slug, clock.instant()).orElseThrow(() -> ProblemException.notFound("event", slug));
        return EventCalendar.write(event.title, List.of(CalendarEvent.of(event)), urls.of(request), ZoneId.of(event.timeZone));
    }
}
