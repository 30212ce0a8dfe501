package org.cep.content.items;

import org.cep.content.common.Text;

/** What every write's body has: the slug the item is (or will be) addressed by. */
public interface ItemInput {

    String slug();

    /** RFC 7396 JSON merge patch, the body of a PATCH. */
    String MERGE_PATCH = "application/merge-patch+json";
    /** Lower-case ASCII words joined by single hyphens. */
    String SLUG = Text.SLUG_PATTERN;
    /** The most characters a Markdown text may hold. */
    int MAX_MARKDOWN = 100_000;
    int MAX_SUMMARY = 4000;
}
