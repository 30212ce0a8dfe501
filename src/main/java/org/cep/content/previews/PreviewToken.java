package org.cep.content.previews;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cep.content.common.Keyed;

import java.time.Instant;

/** A preview token as stored: only its hash, what it shows, and until when. */
@Entity
@Table(name = "preview_token")
class PreviewToken extends Keyed {

    /** The hex SHA-256 of the token. */
    String tokenHash;

    /** The one item it shows, as {@code collection/slug}; null for all drafts and scheduled items. */
    String item;

    String createdBy;

    Instant createdAt;

    Instant expiresAt;

    Instant revokedAt;
}
