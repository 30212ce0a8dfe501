package org.cep.content.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Locale;

/** One attempt at delivering a message, and where that message stands now. */
@Schema(name = "WebhookDelivery", description = "One attempt at delivering a message.",
        example = """
                {"id": 31, "messageId": "msg_5c3f0e6f2b8a4e1c9d7a6b5e4f3a2b1c", "event": "news.published", "changeId": 42,
                 "attemptedAt": "2025-01-31T08:00:01Z", "statusCode": 503, "latencyMs": 120,
                 "error": "The receiver answered 503.", "state": "pending", "nextAttemptAt": "2025-01-31T08:00:06Z"}""")
record DeliveryView(
        @Schema(required = true, description = "The attempt's id, for a retry.") long id,
        @Schema(required = true, description = "The message's `webhook-id`, the same on every attempt.") String messageId,
        @Schema(required = true, description = "The event type.") String event,
        @Schema(required = true, description = "The change of `/api/v1/changes` the message tells of.") long changeId,
        @Schema(required = true) Instant attemptedAt,
        @Schema(description = "The receiver's status code; none when it did not answer.") Integer statusCode,
        @Schema(required = true, description = "Milliseconds from sending to the receiver's status line.") int latencyMs,
        @Schema(description = "What went wrong; none for a delivered message.") String error,
        @Schema(required = true, description = "Where the message stands now: `pending` (a retry is due at `nextAttemptAt`), "
                + "`sending`, `delivered` or `failed` (given up on).",
                enumeration = {"pending", "sending", "delivered", "failed"}) String state,
        @Schema(description = "When the message is next sent, while it is `pending`.") Instant nextAttemptAt) {

    static DeliveryView from(Attempt a) {
        Message m = a.message;
        return new DeliveryView(a.id, m.messageId, m.eventType, m.changeId, a.attemptedAt, a.statusCode, a.latencyMs, a.error,
                m.state.name().toLowerCase(Locale.ROOT), m.state == Message.State.PENDING ? m.dueAt : null);
    }
}
