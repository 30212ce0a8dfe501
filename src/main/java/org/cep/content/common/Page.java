package org.cep.content.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a collection, with where it stands in the whole. */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the requested order.") List<T> items,
        @Schema(required = true) PageInfo page) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page);
    }

    /** Where a page stands: its number and size as asked, and the size of the whole result. */
    @Schema(name = "PageInfo", description = "Where a page stands in the whole result.",
            example = "{\"number\": 1, \"size\": 20, \"totalItems\": 57, \"totalPages\": 3}")
    public record PageInfo(
            @Schema(required = true, description = "This page's number, from 1.", minimum = "1") int number,
            @Schema(required = true, description = "The most items a page holds.", minimum = "1", maximum = "100") int size,
            @Schema(required = true, description = "How many items match, on all pages.", minimum = "0") long totalItems,
            @Schema(required = true, description = "How many pages there are; 0 when nothing matches.", minimum = "0") long totalPages) {

        static PageInfo of(PageRequest request, long totalItems) {
            return new PageInfo(request.number(), request.size(), totalItems, (totalItems + request.size() - 1) / request.size());
        }
    }
}
