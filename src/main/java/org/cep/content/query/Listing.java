package org.cep.content.query;

import org.cep.content.search.SearchTerms;

import java.time.Instant;
import java.util.Set;

/** What the parsed filter of every collection with tags and drafts holds, whatever else it filters by. */
public record Listing(Instant now, ListedStatus status, Set<String> tags, boolean allTags, SearchTerms search, PageRequest page) {
}
