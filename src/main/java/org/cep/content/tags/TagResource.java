package org.cep.content.tags;

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
        Tag tag = tags.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("tag", slug));
        return TagView.from(tag, tags.counts(List.of(tag), clock.instant()).get(tag.id));
    }
}
