package org.cep.content.query;

import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/**
 * The query parameters every collection takes. Values arrive as text and are parsed by the query
 * object, so that a malformed one is a 400 naming it, never a 404 or a silent default.
 */
public abstract class ListQuery {

    /** What {@code after} is, for the contract of every collection. */
    public static final String AFTER = "Continue after this cursor: the `nextCursor` of the page before, to walk a whole "
            + "collection page by page at the same cost for every page, without items repeating or being skipped when "
            + "others are created or deleted meanwhile. Keep the rest of the query as it was (only `size` and `fields` may change) "
            + "and leave `page` out. The cursor is opaque; one altered, or made for another sort or other filters, is "
            + "a 400 naming `after`.";
    /** What {@code q} matches, for the contract of every search. */
    public static final String Q = "Words to find in the title or name, summary and body, ignoring case and accents "
            + "(`orell` finds `Örell`), as a web search reads them: every word must occur as a whole word, the words of a "
            + "`\"quoted phrase\"` one after the other, and none marked `-word` or `-\"phrase\"`. A text with no letter or "
            + "digit is a 400.";
    public static final int AFTER_MAX_LENGTH = Cursor.MAX_LENGTH;
    public static final String AFTER_PATTERN = "^[A-Za-z0-9_-]+$";
    public static final String AFTER_EXAMPLE = "Yg9SD--fQkNbIi1wdWJsaXNoZWRBdCIsIjF2Z3NMb3MzZEhITk45eTEiLFsidDIwMjYtMTEtMjlUMDY6MTk6MDBaIl0sNjk2NzIsMjBd";

    @RestQuery
    @Parameter(description = Q + " Tags are searched by the words of their slug, anywhere in it. At most 200 characters.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "orell")
    protected String q;

    @RestQuery
    @Parameter(description = "The page to return, from 1. A page past the last is empty.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000000", defaultValue = "1"), example = "1")
    protected String page;

    @RestQuery
    @Parameter(description = "How many items a page holds.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"), example = "20")
    protected String size;

    /** The values accepted and the default are each collection's {@link Sort.Fields}, which the contract adds from its declaration. */
    @RestQuery
    @Parameter(description = "The order: a field, ascending, or descending with a leading `-`.", schema = @Schema(type = SchemaType.STRING))
    protected String sort;

    @RestQuery
    @Parameter(description = AFTER,
            schema = @Schema(type = SchemaType.STRING, maxLength = AFTER_MAX_LENGTH, pattern = AFTER_PATTERN), example = AFTER_EXAMPLE)
    protected String after;

    /** The fields of the collection's items, which the contract lists from its declaration. */
    @RestQuery
    @Parameter(description = "Only these fields of each item, comma-separated (`fields=slug,title`), so that a page that "
            + "lists titles does not carry bodies: the others are left out, even those an item always has. The page "
            + "itself stays whole. Any other name is a 400 that lists the fields there are.",
            style = ParameterStyle.FORM, explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "[\"slug\", \"title\"]")
    protected String fields;

    /** The fields asked for with {@code fields}, as given; null for all. */
    public String fields() {
        return fields;
    }

    protected List<String> words(Params params) {
        return params.words("q", q);
    }

    protected PageRequest pageRequest(Params params, Sort.Fields fields) {
        return pageRequest(params, sort, fields, PageRequest.DEFAULT_SIZE);
    }

    /**
     * In the order of {@code sortValue}, such as a feed's own when none is asked for, with a default size of the caller's;
     * a size given stays within the usual limits.
     */
    protected PageRequest pageRequest(Params params, String sortValue, Sort.Fields fields, int defaultSize) {
        return params.after(after, params.page(page, size, sortValue, fields, defaultSize), this);
    }
}
