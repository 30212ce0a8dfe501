package org.cep.content.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One attempt at delivering a message: when, what the receiver answered, how long it took, what went wrong. */
@Entity
@Table(name = "webhook_attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

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
