package org.cep.content.tags;

import org.cep.content.items.ItemQuery;
import org.cep.content.query.ListQuery;
import org.cep.content.query.PageRequest;
import org.cep.content.query.Params;
import org.cep.content.query.Sort;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Every filter of {@code GET /api/v1/tags}, with its limits and defaults. */
public class TagQuery extends ListQuery implements ItemQuery<TagQuery.TagFilter> {

    static final Sort.Fields SORT = new Sort.Fields("label",
            "label", "lower({a}.label)",
            "slug", "{a}.slug");

    @RestQuery
    @Parameter(description = "The order: a field, ascending, or descending with a leading `-`. Default: `label`.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"label", "-label", "slug", "-slug"}, defaultValue = "label"),
            example = "label")
    String sort;

    @Override
    public TagFilter toFilter(Instant now, ZoneId zone) {
        Params params = new Params();
        TagFilter filter = new TagFilter(now, words(params), pageRequest(params, sort, SORT));
        params.check();
        return filter;
    }

    /** The parsed, valid filter. */
    public record TagFilter(Instant now, List<String> words, PageRequest page) implements ItemQuery.Filter {
    }
}
