package org.cep.content.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answers that list subscriptions and deliveries: all of them, or the latest, in one array. */
final class Listed {

    private Listed() {
    }

    @Schema(name = "WebhookSubscriptionList", description = "Every webhook subscription, oldest first.",
            example = """
                    {"items": [{"id": 7, "url": "https://www.cep-probation.org/hooks/content", "events": ["news.published"],
                     "enabled": true, "createdAt": "2025-01-31T08:00:00Z", "updatedAt": "2025-01-31T08:00:00Z",
                     "deliveries": "/api/v1/webhooks/7/deliveries"}]}""")
    record SubscriptionList(@Schema(required = true) List<SubscriptionView> items) {
    }

    @Schema(name = "WebhookDeliveryList", description = "The latest delivery attempts of a subscription, newest first "
            + "(at most " + Subscriptions.MAX_DELIVERIES + ").",
            example = """
                    {"items": [{"id": 31, "messageId": "msg_5c3f0e6f2b8a4e1c9d7a6b5e4f3a2b1c", "event": "news.published",
                     "changeId": 42, "attemptedAt": "2025-01-31T08:00:01Z", "statusCode": 204, "latencyMs": 35,
                     "state": "delivered"}]}""")
    record DeliveryList(@Schema(required = true) List<DeliveryView> items) {
    }
}
