package org.cep.content.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a collection, with where it stands in the whole. */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the requested order.") List<T> items,
        @Schema(required = true) PageInfo page) implements Paged {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page);
    }

    /**
     * Where a page stands: its number and size as asked (after a cursor, the number of the page its first item would
     * be on), the size of the whole result, and the cursor to the next page.
     */
    @Schema(name = "PageInfo", description = "Where a page stands in the whole result.",
            example = "{\"number\": 1, \"size\": 20, \"totalItems\": 57, \"totalPages\": 3, \"nextCursor\": \""
                    + ListQuery.AFTER_EXAMPLE + "\"}")
    public record PageInfo(
            @Schema(required = true, description = "This page's number, from 1. After a cursor, the number of the page of "
                    + "this size that its first item is on, counted as the walk went.", minimum = "1") int number,
            @Schema(required = true, description = "The most items a page holds.", minimum = "1", maximum = "100") int size,
            @Schema(required = true, description = "How many items match, on all pages.", minimum = "0") long totalItems,
            @Schema(required = true, description = "How many pages there are; 0 when nothing matches.", minimum = "0") long totalPages,
            @Schema(description = "The cursor to pass as `after` for the items that follow this page; absent on the last "
                    + "page. Opaque: pass it as it came.", maxLength = ListQuery.AFTER_MAX_LENGTH, pattern = ListQuery.AFTER_PATTERN,
                    example = ListQuery.AFTER_EXAMPLE) String nextCursor) {

        static PageInfo of(PageRequest request, long totalItems, String nextCursor) {
            return new PageInfo(request.number(), request.size(), totalItems, (totalItems + request.size() - 1) / request.size(),
                    nextCursor);
        }
    }
}
