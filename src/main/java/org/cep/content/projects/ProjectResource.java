package org.cep.content.projects;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.Page;
import org.cep.content.common.problems.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    ContentConfig config;

    @GET
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Published projects, most recent start first, filtered by tag, the time they ran and state.")
    public Page<ProjectView> list(@BeanParam ProjectQuery query) {
        Instant now = clock.instant();
        return projects.search(query.toFilter(now, config.timeZone())).map(p -> ProjectView.from(p, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getProject", summary = "Get a project",
            description = "One published project by slug, with its events, news and people.")
    public ProjectView get(@Parameter(description = "The project's slug.", example = "empro",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return projects.findPublished(slug, now).map(p -> ProjectView.from(p, now))
                .orElseThrow(() -> ProblemException.notFound("project", slug));
    }
}
