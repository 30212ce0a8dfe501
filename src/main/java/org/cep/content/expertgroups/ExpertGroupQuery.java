package org.cep.content.expertgroups;

import org.cep.content.items.ItemQuery;
import org.cep.content.query.Listing;
import org.cep.content.query.Params;
import org.cep.content.query.SlugFilter;
import org.cep.content.query.Sort;
import org.cep.content.query.TaggedListQuery;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.ZoneId;

/** Every filter of {@code GET /api/v1/expert-groups}, with its limits and defaults. */
public class ExpertGroupQuery extends TaggedListQuery implements ItemQuery<ExpertGroupQuery.ExpertGroupFilter> {

    static final Sort.Fields SORT = new Sort.Fields("name",
            "name", "lower({a}.name)",
            "since", "{a}.since").nullable("since").ranked();

    @RestQuery
    @Parameter(description = "Only groups this person " + SlugFilter.THEIR_SLUG + " chairs or belongs to.", example = "robert-orell")
    String person;

    @Override
    public ExpertGroupFilter toFilter(Instant now, ZoneId zone) {
        return Params.parse(params -> new ExpertGroupFilter(listing(params, now, SORT), params.slug("person", person)));
    }

    /** The parsed, valid filter. */
    public record ExpertGroupFilter(Listing listing, String person) implements ItemQuery.Listed {
    }
}
