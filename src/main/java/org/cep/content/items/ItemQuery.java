package org.cep.content.items;

import org.cep.content.query.ListedStatus;
import org.cep.content.query.Listing;
import org.cep.content.search.SearchTerms;

import java.time.Instant;
import java.time.ZoneId;

/** A collection's query parameters, parsed into the filter its repository takes; a bad one is a 400 naming it. */
public interface ItemQuery<F extends ItemQuery.Filter> {

    F toFilter(Instant now, ZoneId zone);

    /** The fields of each item asked for ({@code fields}, comma-separated), or null for all. */
    String fields();

    /** A parsed filter: at the least, which publication states it lists. */
    interface Filter {
        default ListedStatus status() {
            return ListedStatus.PUBLISHED;
        }

        /** The full-text search asked for with {@code q}, if any. */
        default SearchTerms search() {
            return SearchTerms.NONE;
        }
    }

    /** The filter of a collection with tags and drafts, whose listing says which states it lists. */
    interface Listed extends Filter {
        Listing listing();

        @Override
        default ListedStatus status() {
            return listing().status();
        }

        @Override
        default SearchTerms search() {
            return listing().search();
        }
    }
}
