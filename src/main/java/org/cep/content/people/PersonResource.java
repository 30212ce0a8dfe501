package org.cep.content.people;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cep.content.query.Page;
import org.cep.content.access.Editors;
import org.cep.content.items.SlugHistory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Clock;
import java.time.Instant;

/** People: speakers, board members, experts and authors. */
@Path(PersonResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Speakers, board members, experts and authors named in CEP's content.")
public class PersonResource {

    public static final String PATH = "/api/v1/people";

    @Inject
    PersonRepository people;

    @Inject
    Clock clock;

    @Inject
    PersonWriter writer;

    @Inject
    Editors editors;

    @Inject
    SlugHistory history;

    @GET
    @Operation(operationId = "listPeople", summary = "List people",
            description = "Published people by family name, then given name, filtered by tag, expert group and role.")
    public Page<PersonView> list(@BeanParam PersonQuery query) {
        Instant now = clock.instant();
        var filter = query.toFilter(now);
        editors.mayList(filter.status());
        return people.search(filter).map(p -> PersonView.from(p, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getPerson", summary = "Get a person",
            description = "One published person by slug, with the events they speak at and their expert groups.")
    public PersonView get(@Parameter(description = "The person's slug.", example = "robert-orell",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return people.findBySlug(slug).filter(p -> editors.maySee(p, now)).map(p -> PersonView.from(p, now))
                .orElseThrow(() -> history.movedOrNotFound("people", Person.class, "person", slug));
    }

    @POST
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPerson", summary = "Create a person",
            description = "Creates a person from the body, with relations named by slug; needs an editor's bearer token. Answers 201 with the person, its Location and its ETag. A draft stays invisible to readers; a published person with a future `publishedAt` appears then.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response create(PersonInput input) {
        return writer.create(input).created(PATH);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePerson", summary = "Replace a person",
            description = "Replaces the whole person with the body; needs an editor's bearer token and, in If-Match, the ETag of the person as last read, so that no one else's change is overwritten. A new slug keeps the old one answering 301.")
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response replace(@RestPath String slug, @RestHeader("If-Match") String ifMatch, PersonInput input) {
        return writer.replace(slug, ifMatch, input).ok();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(Editors.MERGE_PATCH)
    @Operation(operationId = "patchPerson", summary = "Change part of a person",
            description = "Changes the fields of the person that the JSON merge patch (RFC 7396) names, `null` removing a field; needs an editor's bearer token and, in If-Match, the ETag of the person as last read.")
    @RequestBody(content = @Content(mediaType = Editors.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT,
            description = "A JSON merge patch (RFC 7396) over PersonInput: the fields to change; null removes a field.")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response patch(@RestPath String slug, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return writer.patch(slug, ifMatch, patch).ok();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Operation(operationId = "deletePerson", summary = "Delete a person",
            description = "Deletes the person; needs an editor's bearer token and, in If-Match, the ETag of the person as last read. Items that refer to it stay readable, without the reference; the change log keeps a tombstone.")
    @APIResponse(responseCode = "204", description = "Deleted; the items that named them stay, without them.")
    public void delete(@RestPath String slug, @RestHeader("If-Match") String ifMatch) {
        writer.delete(slug, ifMatch);
    }
}
