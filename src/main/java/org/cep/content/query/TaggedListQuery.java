package org.cep.content.query;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.cep.content.search.SearchTerms;

import java.time.Instant;
import java.util.List;

/** The parameters of collections whose items carry tags. */
public abstract class TaggedListQuery extends ListQuery {

    /** What {@code tag} and {@code tagMatch} select, for the contract of every list by tag. */
    public static final String TAG = "Only items carrying this tag (its slug). Repeat it for several: items carrying any of "
            + "them, or all of them with `tagMatch=all`.";
    public static final String TAG_MATCH = "With several `tag` values: `any` (the default) matches items carrying at least "
            + "one, `all` items carrying every one.";

    @RestQuery
    @Parameter(description = TAG,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "[\"violent-extremism\"]")
    protected List<String> tag;

    @RestQuery
    @Parameter(description = TAG_MATCH, schema = @Schema(type = SchemaType.STRING, enumeration = {"any", "all"}, defaultValue = "any"),
            example = "all")
    protected String tagMatch;

    @RestQuery
    @Parameter(description = "Which items to list by publication: `published` (the default, and the only value open to "
            + "everyone), or, with an editor's bearer token, `scheduled` (published with a `publishedAt` still to come), "
            + "`draft` or `any`. Without a token any other value than `published` is 401; with a token lacking the role, 403.",
            schema = @Schema(implementation = ListedStatus.class, defaultValue = "published"), example = "published")
    protected String status;

    /** The part of the filter every tagged collection shares, parsed. */
    protected Listing listing(Params params, Instant now, Sort.Fields fields) {
        return listing(params, now, sort, fields, PageRequest.DEFAULT_SIZE);
    }

    /** In the order of {@code sortValue}, such as a feed's own, with a default size of the caller's. */
    protected Listing listing(Params params, Instant now, String sortValue, Sort.Fields fields, int defaultSize) {
        SearchTerms search = params.search("q", q);
        return new Listing(now, params.oneOf("status", status, ListedStatus.class, ListedStatus.PUBLISHED), params.slugs("tag", tag),
                params.oneOf("tagMatch", tagMatch, TagMatch.class, TagMatch.ANY) == TagMatch.ALL, search,
                pageRequest(params, order(params, search, sortValue, fields), fields, defaultSize));
    }

    /** With {@code q}, by relevance unless another order is asked for; relevance without {@code q} has nothing to rank. */
    private static String order(Params params, SearchTerms search, String sortValue, Sort.Fields fields) {
        boolean asked = sortValue != null && !sortValue.isBlank();
        if (!fields.isRanked() || (asked && !sortValue.equals(Sort.RELEVANCE))) {
            return sortValue;
        }
        if (search.isEmpty() && asked) {
            params.reject("sort", "relevance ranks the matches of q and needs it: give q, or sort by "
                    + String.join(", ", fields.accepted().stream().filter(value -> !value.equals(Sort.RELEVANCE)).toList()));
        }
        return search.isEmpty() ? null : Sort.RELEVANCE;
    }
}
