package org.cep.content.search;

import org.cep.content.query.ListQuery;
import org.cep.content.query.PageRequest;
import org.cep.content.query.Params;
import org.cep.content.query.TagMatch;
import org.cep.content.query.TaggedListQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Set;

/** The parameters of {@code GET /api/v1/search}. */
public class SiteSearchQuery {

    /** How many of the best matches a search pages through, which bounds what one costs. */
    static final int DEPTH = 1000;

    @RestQuery
    @Parameter(required = true, description = ListQuery.Q + " Required. At most 200 characters.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "probation")
    String q;

    /** The values accepted are the searched collections, which the contract lists from their declarations. */
    @RestQuery
    @Parameter(description = "Only items of this collection. Repeat it for several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "[\"events\", \"news\"]")
    List<String> type;

    @RestQuery
    @Parameter(description = TaggedListQuery.TAG,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "[\"violent-extremism\"]")
    List<String> tag;

    @RestQuery
    @Parameter(description = TaggedListQuery.TAG_MATCH,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"any", "all"}, defaultValue = "any"), example = "all")
    String tagMatch;

    @RestQuery
    @Parameter(description = "Only items of this year: an event's start, a news item's publication, a project's start, the "
            + "year an expert group was founded, moments read in the site's time zone (" + Params.SITE_TIME_ZONE + "). People "
            + "and media have no year, so any `year` leaves them out. From 1 to 9999; repeat it for several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Integer.class), example = "[2025]")
    List<String> year;

    @RestQuery
    @Parameter(description = "The page to return, from 1. A search pages through its " + DEPTH + " best matches: "
            + "`page` times `size` may not exceed " + DEPTH + ".",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "1"), example = "1")
    String page;

    @RestQuery
    @Parameter(description = "How many hits a page holds.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"), example = "20")
    String size;

    /** The parsed, valid filter; {@code collections} are the values {@code type} takes. */
    Filter toFilter(List<String> collections) {
        return Params.parse(params -> {
            SearchTerms search = params.search("q", q);
            if (search.isEmpty() && (q == null || q.isBlank())) {
                params.reject("q", "is required: give the words to search for, such as probation");
            }
            int number = params.integer("page", page, 1, 1, DEPTH);
            int pageSize = params.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
            if ((long) number * pageSize > DEPTH) {
                params.reject("page", "reaches past the " + DEPTH + " best matches, as deep as a search pages: with size="
                        + pageSize + ", at most page=" + DEPTH / pageSize);
            }
            return new Filter(search, params.among("type", type, collections), params.slugs("tag", tag),
                    params.oneOf("tagMatch", tagMatch, TagMatch.class, TagMatch.ANY) == TagMatch.ALL,
                    params.integers("year", year, 1, 9999), number, pageSize);
        });
    }

    /**
     * @param types the collections to search; all when empty
     * @param years the years of the items to find; any, or none, when empty
     */
    record Filter(SearchTerms search, Set<String> types, Set<String> tags, boolean allTags, Set<Integer> years, int page, int size) {

        int offset() {
            return (page - 1) * size;
        }
    }
}
