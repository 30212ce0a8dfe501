package org.cep.content.changes;

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

/** The parameters of {@code GET /api/v1/changes}. */
public class ChangeQuery {

    static final Sort.Fields SORT = new Sort.Fields("changedAt", "changedAt", "{a}.changedAt");

    @RestQuery
    @Parameter(description = "Only changes made at or after this moment (inclusive, so that a client syncing from the "
            + "`changedAt` of the last change it saw misses none). A bare date is midnight in the site's time zone.",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}-\\d{2}(T.+)?$"), example = "2025-01-31T09:00:00+01:00")
    String since;

    @RestQuery
    @Parameter(description = "The page to return, from 1.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000000", defaultValue = "1"), example = "1")
    String page;

    @RestQuery
    @Parameter(description = "How many changes a page holds.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"), example = "20")
    String size;

    @RestQuery
    @Parameter(description = ListQuery.AFTER,
            schema = @Schema(type = SchemaType.STRING, maxLength = ListQuery.AFTER_MAX_LENGTH, pattern = ListQuery.AFTER_PATTERN),
            example = ListQuery.AFTER_EXAMPLE)
    String after;

    /** The {@code after} that lists the changes following this one, the {@code position}th of the whole log. */
    static String cursorAfter(Instant changedAt, long id, long position) {
        return PageRequest.cursorAfter(new ChangeQuery(), SORT, List.of(changedAt), id, position);
    }

    ChangeFilter toFilter(ZoneId zone) {
        return Params.parse(params -> {
            PageRequest request = params.after(after, params.page(page, size, null, SORT, PageRequest.DEFAULT_SIZE), this);
            return new ChangeFilter(params.range(since, null, zone).from(), request);
        });
    }

    /** The parsed, valid filter. */
    record ChangeFilter(Instant since, PageRequest page) {
    }
}
