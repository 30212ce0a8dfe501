package org.cep.content.query;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.util.List;

/** The parameters of collections whose items carry tags. */
public abstract class TaggedListQuery extends ListQuery {

    @RestQuery
    @Parameter(description = "Only items carrying this tag (its slug). Repeat it for several: items carrying any of them, "
            + "or all of them with `tagMatch=all`.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "[\"violent-extremism\"]")
    protected List<String> tag;

    @RestQuery
    @Parameter(description = "With several `tag` values: `any` (the default) matches items carrying at least one, "
            + "`all` items carrying every one.", schema = @Schema(type = SchemaType.STRING, enumeration = {"any", "all"}, defaultValue = "any"),
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
        return new Listing(now, params.oneOf("status", status, ListedStatus.class, ListedStatus.PUBLISHED), params.slugs("tag", tag),
                params.oneOf("tagMatch", tagMatch, TagMatch.class, TagMatch.ANY) == TagMatch.ALL, words(params),
                pageRequest(params, sortValue, fields, defaultSize));
    }
}
