package org.cep.content.events;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.Page;
import org.cep.content.common.PublicUrls;
import org.cep.content.common.problems.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Clock;
import java.time.Instant;

/** Events: CEP seminars, conferences, workshops and trainings. */
@Path(EventResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "CEP seminars, conferences, workshops, trainings, webinars, meetings and general assemblies.")
public class EventResource {

    public static final String PATH = "/api/v1/events";

    @Inject
    EventRepository events;

    @Inject
    Clock clock;

    @Inject
    ContentConfig config;

    @Inject
    PublicUrls urls;

    @GET
    @Operation(operationId = "listEvents", summary = "List events",
            description = "Published events, soonest first, filtered by tag, date range, kind, place and people.")
    public Page<EventView> list(@BeanParam EventQuery query) {
        Instant now = clock.instant();
        return events.search(query.toFilter(now, config.timeZone())).map(e -> EventView.from(e, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getEvent", summary = "Get an event", description = "One published event by its slug.")
    public EventView get(@Parameter(description = "The event's slug.", example = "help-seminar-deradicalisation-rehabilitation-barcelona-2021",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return events.findPublished(slug, now).map(e -> EventView.from(e, now))
                .orElseThrow(() -> ProblemException.notFound("event", slug));
    }

    @GET
    @Path("{slug}")
    @Produces(EventJsonLd.MEDIA_TYPE)
    @Operation(operationId = "getEvent", summary = "Get an event",
            description = "One published event by its slug; with `Accept: application/ld+json`, as schema.org Event JSON-LD.")
    public EventJsonLd getJsonLd(@RestPath String slug, @Context UriInfo request) {
        Instant now = clock.instant();
        return events.findPublished(slug, now).map(e -> EventJsonLd.from(e, now, path -> urls.of(request, path)))
                .orElseThrow(() -> ProblemException.notFound("event", slug));
    }
}
