package org.cep.content.projects;

import org.cep.content.items.ItemQuery;
import org.cep.content.query.DateRange;
import org.cep.content.query.Listing;
import org.cep.content.query.Params;
import org.cep.content.query.Sort;
import org.cep.content.query.TaggedListQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Every filter of {@code GET /api/v1/projects}, with its limits and defaults. */
public class ProjectQuery extends TaggedListQuery implements ItemQuery<ProjectQuery.ProjectFilter> {

    static final Sort.Fields SORT = new Sort.Fields("-startDate",
            "startDate", "{a}.startDate",
            "endDate", "{a}.endDate",
            "title", "lower({a}.title)").nullable("startDate", "endDate")
            .byDefault("most recent start first; projects with no known start come last").ranked();

    @RestQuery
    @Parameter(description = "Only projects still running on this day or later: ended on or after it, or with no end date known. "
            + DateRange.FROM_FORMS,
            schema = @Schema(type = SchemaType.STRING, pattern = DateRange.DATE_OR_DATE_TIME), example = "2021-01-01")
    String from;

    @RestQuery
    @Parameter(description = "Only projects that started on or before this day. " + DateRange.TO_FORMS
            + " Projects whose start date is not known never match a `to` filter.",
            schema = @Schema(type = SchemaType.STRING, pattern = DateRange.DATE_OR_DATE_TIME), example = "2021-12-31")
    String to;

    @RestQuery
    @Parameter(description = "Only projects in this state; repeat for several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectState.class), example = "[\"ongoing\"]")
    List<String> state;

    @Override
    public ProjectFilter toFilter(Instant now, ZoneId zone) {
        return Params.parse(params -> new ProjectFilter(listing(params, now, SORT), params.range(from, to, zone),
                params.enums("state", state, ProjectState.class)));
    }

    /** The parsed, valid filter. */
    public record ProjectFilter(Listing listing, DateRange range, Set<ProjectState> states) implements ItemQuery.Listed {
    }
}
