package org.cep.content.previews;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A preview token as stored: only its hash, what it shows, and until when. */
@Entity
@Table(name = "preview_token")
class PreviewToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** The hex SHA-256 of the token. */
    String tokenHash;

    /** The one item it shows, as {@code collection/slug}; null for all drafts and scheduled items. */
    String item;

    String createdBy;

    Instant createdAt;

    Instant expiresAt;

    Instant revokedAt;
}
