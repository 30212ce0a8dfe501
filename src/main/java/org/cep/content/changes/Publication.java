package org.cep.content.changes;

import java.time.Instant;

/**
 * Where an item stands as to publication, before or after a change: published or not, and from when. Items of a
 * resource without publication status (tags) have none.
 *
 * @param published whether its status is {@code published}
 * @param at        its {@code publishedAt}, or null for "as soon as published"
 */
public record Publication(boolean published, Instant at) {

    /** Whether everyone sees the item at {@code now}. */
    public boolean visibleAt(Instant now) {
        return published && (at == null || !at.isAfter(now));
    }

    /** Whether the item is published with a publication time still to come at {@code now}. */
    public boolean scheduledAt(Instant now) {
        return published && at != null && at.isAfter(now);
    }
}
