package org.cep.content.access;

/**
 * What a preview token lets its bearer see besides published content: the drafts and scheduled items of every
 * resource, or one item. Carried as an attribute of the bearer's identity.
 *
 * @param item the one item, as {@code collection/slug} ({@code news/some-slug}); null for all of them
 */
public record PreviewGrant(String item) {

    /** The name of the identity's attribute that holds the grant. */
    public static final String ATTRIBUTE = "cep.preview";

    public boolean all() {
        return item == null;
    }

    /** Whether the grant shows the item of the collection with this slug. */
    public boolean covers(String collection, String slug) {
        return all() || item.equals(collection + "/" + slug);
    }
}
