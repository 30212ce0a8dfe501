package org.cep.content.news;

import org.cep.content.items.ItemQuery;
import org.cep.content.query.DateRange;
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

/** Every filter of {@code GET /api/v1/news}, with its limits and defaults. */
public class NewsQuery extends TaggedListQuery implements ItemQuery<NewsQuery.NewsFilter> {

    static final Sort.Fields SORT = new Sort.Fields("-publishedAt",
            "publishedAt", "{a}.publishedAt",
            "title", "lower({a}.title)").byDefault("newest first").ranked();

    @RestQuery
    @Parameter(description = "Only items published on or after this day or moment. " + DateRange.FROM_FORMS,
            schema = @Schema(type = SchemaType.STRING, pattern = DateRange.DATE_OR_DATE_TIME), example = "2025-10-01")
    String from;

    @RestQuery
    @Parameter(description = "Only items published on or before this day or moment (inclusive). " + DateRange.TO_FORMS,
            schema = @Schema(type = SchemaType.STRING, pattern = DateRange.DATE_OR_DATE_TIME), example = "2025-12-31")
    String to;

    @RestQuery
    @Parameter(description = "Only items about this project " + SlugFilter.ITS_SLUG + ".", example = "help-rp-terr-iccm")
    String project;

    @RestQuery
    @Parameter(description = "Only items written by this person " + SlugFilter.THEIR_SLUG + ".", example = "eva-massa-arranz")
    String author;

    @RestQuery
    @Parameter(description = "Only items about this event " + SlugFilter.ITS_SLUG + ".",
            example = "help-seminar-deradicalisation-rehabilitation-barcelona-2021")
    String event;

    @RestQuery
    @Parameter(description = "Only items about this expert group " + SlugFilter.ITS_SLUG + ".", example = "violent-extremism")
    String expertGroup;

    @Override
    public NewsFilter toFilter(Instant now, ZoneId zone) {
        return Params.parse(params -> new NewsFilter(listing(params, now, SORT), params.range(from, to, zone),
                params.slug("project", project), params.slug("author", author), params.slug("event", event),
                params.slug("expertGroup", expertGroup)));
    }

    /** The parsed, valid filter. */
    public record NewsFilter(Listing listing, DateRange range, String project, String author, String event,
                             String expertGroup) implements ItemQuery.Listed {
    }
}
