package org.cep.content.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.cep.content.common.ContentConfig;
import org.cep.content.query.Page;
import org.cep.content.common.PublicUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.ws.rs.core.Response;
import org.cep.content.access.Editors;
import org.cep.content.items.SlugHistory;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
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

    @Inject
    EventWriter writer;

    @Inject
    Editors editors;

    @Inject
    SlugHistory history;

    @GET
    @Operation(operationId = "listEvents", summary = "List events",
            description = "Published events, soonest first, filtered by tag, date range, kind, place and people.")
    public Page<EventView> list(@BeanParam EventQuery query) {
        Instant now = clock.instant();
        EventQuery.EventFilter filter = query.toFilter(now, config.timeZone());
        editors.mayList(filter.status());
        return events.search(filter).map(e -> EventView.from(e, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getEvent", summary = "Get an event",
            description = "One published event by its slug; with an editor's token, drafts and scheduled events too. "
                    + "An old slug of a renamed event answers 301 to the new one. "
                    + "With `Accept: application/ld+json`, the published event as schema.org Event JSON-LD.")
    public EventView get(@Parameter(description = "The event's slug.", example = "seminar-on-deradicalization-and-rehabilitation",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return events.findBySlug(slug).filter(e -> editors.maySee(e, now)).map(e -> EventView.from(e, now))
                .orElseThrow(() -> history.movedOrNotFound("events", Event.class, "event", slug));
    }

    @POST
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEvent", summary = "Create an event",
            description = "Creates an event from the body, with relations named by slug; needs an editor's bearer token. Answers 201 with the event, its Location and its ETag. A draft stays invisible to readers; a published event with a future `publishedAt` appears then.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response create(EventInput input) {
        return writer.create(input).created(PATH);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceEvent", summary = "Replace an event",
            description = "Replaces the whole event with the body; needs an editor's bearer token and, in If-Match, the ETag of the event as last read, so that no one else's change is overwritten. A new slug keeps the old one answering 301.")
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response replace(@RestPath String slug, @RestHeader("If-Match") String ifMatch, EventInput input) {
        return writer.replace(slug, ifMatch, input).ok();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(Editors.MERGE_PATCH)
    @Operation(operationId = "patchEvent", summary = "Change part of an event",
            description = "Changes the fields of the event that the JSON merge patch (RFC 7396) names, `null` removing a field; needs an editor's bearer token and, in If-Match, the ETag of the event as last read.")
    @RequestBody(content = @Content(mediaType = Editors.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT,
            description = "A JSON merge patch (RFC 7396) over EventInput: the fields to change; null removes a field.")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response patch(@RestPath String slug, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return writer.patch(slug, ifMatch, patch).ok();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Operation(operationId = "deleteEvent", summary = "Delete an event",
            description = "Deletes the event; needs an editor's bearer token and, in If-Match, the ETag of the event as last read. Items that refer to it stay readable, without the reference; the change log keeps a tombstone.")
    @APIResponse(responseCode = "204", description = "Deleted; news that named it stay, without it.")
    public void delete(@RestPath String slug, @RestHeader("If-Match") String ifMatch) {
        writer.delete(slug, ifMatch);
    }

    @GET
    @Path("{slug}")
    @Produces(EventJsonLd.MEDIA_TYPE)
    @Operation(operationId = "getEvent", summary = "Get an event",
            description = "One published event by its slug; with an editor's token, drafts and scheduled events too. "
                    + "An old slug of a renamed event answers 301 to the new one. "
                    + "With `Accept: application/ld+json`, the published event as schema.org Event JSON-LD.")
    public EventJsonLd getJsonLd(@RestPath String slug, @Context UriInfo request) {
        Instant now = clock.instant();
        return events.findPublished(slug, now).map(e -> EventJsonLd.from(e, now, path -> urls.of(request, path)))
                .orElseThrow(() -> history.movedOrNotFound("events", Event.class, "event", slug));
    }
}
