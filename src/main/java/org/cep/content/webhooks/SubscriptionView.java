package org.cep.content.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A subscription as admins see it; its secret only in the answer that created it. */
@Schema(name = "WebhookSubscription", description = "A webhook subscription. `secret` is in the answer to its creation only.",
        example = """
                {"id": 7, "url": "https://www.cep-probation.org/hooks/content", "events": ["news.published", "event.*"],
                 "description": "Rebuild the website", "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                 "enabled": true, "createdAt": "2025-01-31T08:00:00Z", "updatedAt": "2025-01-31T08:00:00Z",
                 "deliveries": "/api/v1/webhooks/7/deliveries"}""")
record SubscriptionView(
        @Schema(required = true) long id,
        @Schema(required = true) String url,
        @Schema(required = true) List<String> events,
        String description,
        @Schema(description = "The signing secret, `whsec_` and base64, as Standard Webhooks writes it: only in the answer "
                + "to the creation; keep it then.", pattern = "^whsec_[A-Za-z0-9+/=]+$") String secret,
        @Schema(required = true, description = "Whether messages are sent; `false` once the service gave up on the receiver "
                + "(see `disabledReason`) or an admin disabled it. Messages already in the outbox then wait and go out in "
                + "order once it is enabled again; changes made while it is disabled send none (resume `/api/v1/changes` "
                + "from the `cursor` of the last message received).") boolean enabled,
        @Schema(description = "When it was disabled.") Instant disabledAt,
        @Schema(description = "Why it was disabled: the receiver answered 410 Gone, the last retry of a message failed, "
                + "or an admin disabled it.") String disabledReason,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Its list of delivery attempts.") String deliveries) {

    static SubscriptionView from(Subscription s, boolean withSecret) {
        return new SubscriptionView(s.id, s.url, s.eventList(), s.description, withSecret ? s.secret : null,
                s.disabledAt == null, s.disabledAt, s.disabledReason, s.createdAt, s.updatedAt,
                "/api/v1/webhooks/" + s.id + "/deliveries");
    }
}
