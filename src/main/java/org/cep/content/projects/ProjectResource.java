package org.cep.content.projects;

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
import org.cep.content.common.ContentConfig;
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

/** Projects CEP runs or takes part in. */
@Path(ProjectResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Projects CEP runs or takes part in.")
public class ProjectResource {

    public static final String PATH = "/api/v1/projects";

    @Inject
    ProjectRepository projects;

    @Inject
    Clock clock;

    @Inject
    ProjectWriter writer;

    @Inject
    Editors editors;

    @Inject
    SlugHistory history;

    @Inject
    ContentConfig config;

    @GET
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Published projects, most recent start first, filtered by tag, the time they ran and state.")
    public Page<ProjectView> list(@BeanParam ProjectQuery query) {
        Instant now = clock.instant();
        ProjectQuery.ProjectFilter filter = query.toFilter(now, config.timeZone());
        editors.mayList(filter.status());
        return projects.search(filter).map(p -> ProjectView.from(p, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getProject", summary = "Get a project",
            description = "One published project by slug, with its events, news and people.")
    public ProjectView get(@Parameter(description = "The project's slug.", example = "empro",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return projects.findBySlug(slug).filter(p -> editors.maySee(p, now)).map(p -> ProjectView.from(p, now))
                .orElseThrow(() -> history.movedOrNotFound("projects", Project.class, "project", slug));
    }

    @POST
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProject", summary = "Create a project",
            description = "Creates a project from the body, with relations named by slug; needs an editor's bearer token. Answers 201 with the project, its Location and its ETag. A draft stays invisible to readers; a published project with a future `publishedAt` appears then.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    public Response create(ProjectInput input) {
        return writer.create(input).created(PATH);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceProject", summary = "Replace a project",
            description = "Replaces the whole project with the body; needs an editor's bearer token and, in If-Match, the ETag of the project as last read, so that no one else's change is overwritten. A new slug keeps the old one answering 301.")
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    public Response replace(@RestPath String slug, @RestHeader("If-Match") String ifMatch, ProjectInput input) {
        return writer.replace(slug, ifMatch, input).ok();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(Editors.MERGE_PATCH)
    @Operation(operationId = "patchProject", summary = "Change part of a project",
            description = "Changes the fields of the project that the JSON merge patch (RFC 7396) names, `null` removing a field; needs an editor's bearer token and, in If-Match, the ETag of the project as last read.")
    @RequestBody(content = @Content(mediaType = Editors.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT,
            description = "A JSON merge patch (RFC 7396) over ProjectInput: the fields to change; null removes a field.")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    public Response patch(@RestPath String slug, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return writer.patch(slug, ifMatch, patch).ok();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Operation(operationId = "deleteProject", summary = "Delete a project",
            description = "Deletes the project; needs an editor's bearer token and, in If-Match, the ETag of the project as last read. Items that refer to it stay readable, without the reference; the change log keeps a tombstone.")
    @APIResponse(responseCode = "204", description = "Deleted; its events and news stay, without it.")
    public void delete(@RestPath String slug, @RestHeader("If-Match") String ifMatch) {
        writer.delete(slug, ifMatch);
    }
}
