package org.cep.content.expertgroups;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    @Operation(operationId = "listExpertGroups", summary = "List expert groups",
            description = "Published expert groups by name, filtered by tag and person.")
    public Page<ExpertGroupView> list(@BeanParam ExpertGroupQuery query) {
        Instant now = clock.instant();
        return groups.search(query.toFilter(now)).map(g -> ExpertGroupView.from(g, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getExpertGroup", summary = "Get an expert group",
            description = "One published expert group by slug, with its chairs, members, events and news.")
    public ExpertGroupView get(@Parameter(description = "The expert group's slug.", example = "violent-extremism",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return groups.findPublished(slug, now).map(g -> ExpertGroupView.from(g, now))
                .orElseThrow(() -> ProblemException.notFound("expert group", slug));
    }
}
