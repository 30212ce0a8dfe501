package org.cep.content.query;

import java.util.List;

/**
 * Which page of a result to return, and in which order: by number, or after a cursor.
 *
 * @param filters the digest of the request's filters, stamped into the cursors its pages hand out
 * @param after   the cursor to continue after; null when paging by number
 */
public record PageRequest(int number, int size, Sort sort, String filters, Cursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far past any real collection, and small enough that the offset never overflows. */
    public static final int MAX_PAGE = 1_000_000;

    PageRequest(int number, int size, Sort sort) {
        this(number, size, sort, null, null);
    }

    PageRequest madeFor(String digest) {
        return new PageRequest(number, size, sort, digest, after);
    }

    /** Continues after the cursor, whose position also says which page number this one would have. */
    PageRequest after(Cursor cursor) {
        return new PageRequest((int) (cursor.position() / size + 1), size, sort, filters, cursor);
    }

    int offset() {
        return after == null ? (number - 1) * size : 0;
    }

    /** How many items come before this page's first one. */
    long position() {
        return after == null ? offset() : after.position();
    }

    /**
     * The cursor that continues a walk of {@code query}'s collection, in its default order and with no filters, after
     * the item with these sort keys and id, the {@code position}th of the walk: for telling a client where to resume.
     */
    public static String cursorAfter(Object query, Sort.Fields sortFields, List<Object> keys, long id, long position) {
        return new Cursor(sortFields.parse(sortFields.defaultValue()).value(), Cursor.filtersOf(query), keys, id, position).encode();
    }

    /** The cursor after a page's last item, given its sort keys and id. */
    String cursorAfter(List<Object> keys, long id, int itemsOnPage) {
        return new Cursor(sort.value(), filters, keys, id, position() + itemsOnPage).encode();
    }
}
