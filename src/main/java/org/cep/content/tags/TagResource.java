package org.cep.content.tags;

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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Tags: the topics items carry, with how many items carry each. */
@Path(TagResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags", description = "The topics items carry, with how many published items of each resource carry each.")
public class TagResource {

    public static final String PATH = "/api/v1/tags";

    @Inject
    TagRepository tags;

    @Inject
    Clock clock;

    @Inject
    TagWriter writer;

    @Inject
    SlugHistory history;

    @GET
    @Operation(operationId = "listTags", summary = "List tags",
            description = "Every tag by label, with how many published items of each resource carry it.")
    public Page<TagView> list(@BeanParam TagQuery query) {
        Instant now = clock.instant();
        Page<Tag> page = tags.search(query.toFilter(now));
        Map<Long, long[]> counts = tags.counts(page.items(), now);
        return page.map(t -> TagView.from(t, counts.get(t.id)));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getTag", summary = "Get a tag", description = "One tag by slug, with its counts.")
    public TagView get(@Parameter(description = "The tag's slug.", example = "violent-extremism",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Tag tag = tags.findBySlug(slug).orElseThrow(() -> history.movedOrNotFound("tags", Tag.class, "tag", slug));
        return TagView.from(tag, tags.counts(List.of(tag), clock.instant()).get(tag.id));
    }

    @POST
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTag", summary = "Create a tag",
            description = "Creates a tag from the body, with relations named by slug; needs an editor's bearer token. Answers 201 with the tag, its Location and its ETag. A draft stays invisible to readers; a published tag with a future `publishedAt` appears then.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    public Response create(TagInput input) {
        return writer.create(input).created(PATH);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTag", summary = "Replace a tag",
            description = "Replaces the whole tag with the body; needs an editor's bearer token and, in If-Match, the ETag of the tag as last read, so that no one else's change is overwritten. A new slug keeps the old one answering 301.")
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    public Response replace(@RestPath String slug, @RestHeader("If-Match") String ifMatch, TagInput input) {
        return writer.replace(slug, ifMatch, input).ok();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(Editors.MERGE_PATCH)
    @Operation(operationId = "patchTag", summary = "Change part of a tag",
            description = "Changes the fields of the tag that the JSON merge patch (RFC 7396) names, `null` removing a field; needs an editor's bearer token and, in If-Match, the ETag of the tag as last read.")
    @RequestBody(content = @Content(mediaType = Editors.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT,
            description = "A JSON merge patch (RFC 7396) over TagInput: the fields to change; null removes a field.")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    public Response patch(@RestPath String slug, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return writer.patch(slug, ifMatch, patch).ok();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Operation(operationId = "deleteTag", summary = "Delete a tag",
            description = "Deletes the tag; needs an editor's bearer token and, in If-Match, the ETag of the tag as last read. Items that refer to it stay readable, without the reference; the change log keeps a tombstone.")
    @APIResponse(responseCode = "204", description = "Deleted; items that carried it stay, without it.")
    public void delete(@RestPath String slug, @RestHeader("If-Match") String ifMatch) {
        writer.delete(slug, ifMatch);
    }
}
