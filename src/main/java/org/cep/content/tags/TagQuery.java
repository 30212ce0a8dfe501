package org.cep.content.tags;

import org.cep.content.items.ItemQuery;
import org.cep.content.query.ListQuery;
import org.cep.content.query.PageRequest;
import org.cep.content.query.Params;
import org.cep.content.query.Sort;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Every filter of {@code GET /api/v1/tags}, with its limits and defaults. */
public class TagQuery extends ListQuery implements ItemQuery<TagQuery.TagFilter> {

    static final Sort.Fields SORT = new Sort.Fields("label",
            "label", "lower({a}.label)",
            "slug", "{a}.slug");

    @Override
    public TagFilter toFilter(Instant now, ZoneId zone) {
        return Params.parse(params -> new TagFilter(words(params), pageRequest(params, SORT)));
    }

    /** The parsed, valid filter. */
    public record TagFilter(List<String> words, PageRequest page) implements ItemQuery.Filter {
    }
}
