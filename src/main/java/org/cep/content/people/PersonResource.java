package org.cep.content.people;

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

    @GET
    @Operation(operationId = "listPeople", summary = "List people",
            description = "Published people by family name, then given name, filtered by tag, expert group and role.")
    public Page<PersonView> list(@BeanParam PersonQuery query) {
        Instant now = clock.instant();
        return people.search(query.toFilter(now)).map(p -> PersonView.from(p, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getPerson", summary = "Get a person",
            description = "One published person by slug, with the events they speak at and their expert groups.")
    public PersonView get(@Parameter(description = "The person's slug.", example = "robert-orell",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return people.findPublished(slug, now).map(p -> PersonView.from(p, now))
                .orElseThrow(() -> ProblemException.notFound("person", slug));
    }
}
