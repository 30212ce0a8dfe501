package org.cep.content.expertgroups;

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

/** Expert groups and networks working under CEP's wings. */
@Path(ExpertGroupResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expert groups", description = "CEP's expert groups and networks, with their chairs and members.")
public class ExpertGroupResource {

    public static final String PATH = "/api/v1/expert-groups";

    @Inject
    ExpertGroupRepository groups;

    @Inject
    Clock clock;

    @Inject
    ExpertGroupWriter writer;

    @Inject
    Editors editors;

    @Inject
    SlugHistory history;

    @GET
    @Operation(operationId = "listExpertGroups", summary = "List expert groups",
            description = "Published expert groups by name, filtered by tag and person.")
    public Page<ExpertGroupView> list(@BeanParam ExpertGroupQuery query) {
        Instant now = clock.instant();
        var filter = query.toFilter(now);
        editors.mayList(filter.status());
        return groups.search(filter).map(g -> ExpertGroupView.from(g, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getExpertGroup", summary = "Get an expert group",
            description = "One published expert group by slug, with its chairs, members, events and news.")
    public ExpertGroupView get(@Parameter(description = "The expert group's slug.", example = "violent-extremism",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return groups.findBySlug(slug).filter(g -> editors.maySee(g, now)).map(g -> ExpertGroupView.from(g, now))
                .orElseThrow(() -> history.movedOrNotFound("expert-groups", ExpertGroup.class, "expert group", slug));
    }

    @POST
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExpertGroup", summary = "Create an expert group",
            description = "Creates an expert group from the body, with relations named by slug; needs an editor's bearer token. Answers 201 with the expert group, its Location and its ETag. A draft stays invisible to readers; a published expert group with a future `publishedAt` appears then.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertGroupView.class)))
    public Response create(ExpertGroupInput input) {
        return writer.create(input).created(PATH);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceExpertGroup", summary = "Replace an expert group",
            description = "Replaces the whole expert group with the body; needs an editor's bearer token and, in If-Match, the ETag of the expert group as last read, so that no one else's change is overwritten. A new slug keeps the old one answering 301.")
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertGroupView.class)))
    public Response replace(@RestPath String slug, @RestHeader("If-Match") String ifMatch, ExpertGroupInput input) {
        return writer.replace(slug, ifMatch, input).ok();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(Editors.MERGE_PATCH)
    @Operation(operationId = "patchExpertGroup", summary = "Change part of an expert group",
            description = "Changes the fields of the expert group that the JSON merge patch (RFC 7396) names, `null` removing a field; needs an editor's bearer token and, in If-Match, the ETag of the expert group as last read.")
    @RequestBody(content = @Content(mediaType = Editors.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT,
            description = "A JSON merge patch (RFC 7396) over ExpertGroupInput: the fields to change; null removes a field.")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertGroupView.class)))
    public Response patch(@RestPath String slug, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return writer.patch(slug, ifMatch, patch).ok();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Operation(operationId = "deleteExpertGroup", summary = "Delete an expert group",
            description = "Deletes the expert group; needs an editor's bearer token and, in If-Match, the ETag of the expert group as last read. Items that refer to it stay readable, without the reference; the change log keeps a tombstone.")
    @APIResponse(responseCode = "204", description = "Deleted; its events and news stay, without it.")
    public void delete(@RestPath String slug, @RestHeader("If-Match") String ifMatch) {
        writer.delete(slug, ifMatch);
    }
}
