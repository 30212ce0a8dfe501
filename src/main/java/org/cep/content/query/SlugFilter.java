package org.cep.content.query;

/**
 * How the text of a filter that names another item by its slug says so. The contract gives each such filter a
 * slug's pattern, so that the filter itself states only what it matches and an example.
 */
public final class SlugFilter {

    /** Follows the item a filter names: "Only events of this project (its slug)." */
    public static final String ITS_SLUG = "(its slug)";
    /** Follows the person a filter names: "Only items written by this person (their slug)." */
    public static final String THEIR_SLUG = "(their slug)";

    private SlugFilter() {
    }

    /** Whether a parameter so described names an item by its slug. */
    public static boolean describes(String description) {
        return description != null && (description.contains(ITS_SLUG) || description.contains(THEIR_SLUG));
    }
}
