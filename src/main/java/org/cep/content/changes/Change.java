package org.cep.content.changes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cep.content.common.Keyed;

import java.time.Instant;

/** One change made through the API; a deletion is kept as a tombstone. */
@Entity
@Table(name = "content_change")
class Change extends Keyed {

    Instant changedAt;

    /** The subject of the token that made the change, or who wrote without one (the seed loader: {@code seeds}). */
    String actor;

    @Enumerated(EnumType.STRING)
    ChangeAction action;

    /** The collection, such as {@code events}. */
    String resource;

    Long itemId;

    /** The item's slug after the change (for a deletion, its last one). */
    String slug;

    /** A JSON merge patch (RFC 7396) from the item's previous content to its new one; none for a deletion. */
    String patch;
}
