package org.cep.content.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cep.content.common.Keyed;

import java.time.Instant;

/** One attempt at delivering a message: when, what the receiver answered, how long it took, what went wrong. */
@Entity
@Table(name = "webhook_attempt")
class Attempt extends Keyed {

    Long subscriptionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id")
    Message message;

    Instant attemptedAt;

    /** The receiver's status code; null when there was no answer (time-out, refused connection, refused target). */
    Integer statusCode;

    int latencyMs;

    String error;
}
