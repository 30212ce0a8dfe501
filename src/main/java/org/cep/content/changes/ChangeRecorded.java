package org.cep.content.changes;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * A change just written to the change log, told synchronously to observers inside the write's transaction, so that
 * what they write (the webhooks' outbox) commits or rolls back with it.
 *
 * @param id        the change's id in the log
 * @param changedAt when it was made
 * @param resource  the collection, as the change log names it ({@code events})
 * @param before    the item's publication before the change; null for a creation or a resource without drafts
 * @param after     the item's publication after the change; null for a deletion or a resource without drafts
 * @param cursor    the {@code after} cursor of {@code GET /api/v1/changes} that continues past this change, counted
 *                  (a scan of the log) only when asked for, as when a subscription takes the change
 */
public record ChangeRecorded(long id, Instant changedAt, ChangeAction action, String resource, long itemId, String slug,
                             Publication before, Publication after, Supplier<String> cursor) {
}
