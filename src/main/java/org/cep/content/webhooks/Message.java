package org.cep.content.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cep.content.common.Keyed;

import java.time.Instant;

/** A message of the outbox, for one subscription: the body as it is signed and sent, and where its delivery stands. */
@Entity
@Table(name = "webhook_message")
class Message extends Keyed {

    /** Where a message's delivery stands. */
    enum State {
        /** Waiting until {@code dueAt}, for its first attempt or a retry. */
        PENDING,
        /** Claimed by an instance that is sending it, until {@code claimedUntil}. */
        SENDING,
        DELIVERED,
        /** Given up on: its last retry failed, or its receiver answered 410. */
        FAILED
    }

    Long subscriptionId;

    /** The {@code webhook-id}: the same on every attempt, so that a receiver can tell a repeat. */
    String messageId;

    String eventType;

    /** The collection of the change log, and the item's id there: messages of one item go in order. */
    String resource;

    Long itemId;

    Long changeId;

    String payload;

    @Enumerated(EnumType.STRING)
    State state;

    int attempts;

    Instant dueAt;

    String claimedBy;

    Instant claimedUntil;

    Instant createdAt;
}
