package org.cep.content.people;

import org.cep.content.items.ItemQuery;
import org.cep.content.query.Listing;
import org.cep.content.query.Params;
import org.cep.content.query.SlugFilter;
import org.cep.content.query.Sort;
import org.cep.content.query.TaggedListQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.ZoneId;

/** Every filter of {@code GET /api/v1/people}, with its limits and defaults. */
public class PersonQuery extends TaggedListQuery implements ItemQuery<PersonQuery.PersonFilter> {

    static final Sort.Fields SORT = new Sort.Fields("familyName",
            "familyName", "lower({a}.familyName), lower({a}.givenName)",
            "givenName", "lower({a}.givenName), lower({a}.familyName)").byDefault("then given name").ranked();

    @RestQuery
    @Parameter(description = "Only people who chair or belong to this expert group " + SlugFilter.ITS_SLUG + ".",
            example = "violent-extremism")
    String expertGroup;

    @RestQuery
    @Parameter(description = "Only people whose role contains this text, ignoring case.", example = "secretary general",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    String role;

    @Override
    public PersonFilter toFilter(Instant now, ZoneId zone) {
        return Params.parse(params -> new PersonFilter(listing(params, now, SORT), params.slug("expertGroup", expertGroup),
                params.text("role", role)));
    }

    /** The parsed, valid filter. */
    public record PersonFilter(Listing listing, String expertGroup, String role) implements ItemQuery.Listed {
    }
}
