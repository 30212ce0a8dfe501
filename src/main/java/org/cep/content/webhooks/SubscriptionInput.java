package org.cep.content.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A new subscription, as an admin writes it. */
@Schema(name = "WebhookSubscriptionInput", description = "A new webhook subscription.",
        example = """
                {"url": "https://www.cep-probation.org/hooks/content", "events": ["news.published", "event.*"],
                 "description": "Rebuild the website"}""")
record SubscriptionInput(
        @Schema(required = true, maxLength = Targets.MAX_LENGTH, description = "Where messages are POSTed: an `https` URL "
                + "(`http` only where `content.webhooks.allow-http` is set) whose host has only public addresses.") String url,
        @Schema(required = true, minItems = 1, description = "The event types to receive: `{resource}.{action}`, the resource "
                + "as one item of it is called (`event`, `news`, `person`, `project`, `expert-group`, `tag`) and the action one of "
                + "`created`, `updated`, `deleted`, `published`, `unpublished` (tags have only the first three); `*` stands for any "
                + "resource or any action, and `*` alone for every event.") List<String> events,
        @Schema(maxLength = Subscriptions.MAX_DESCRIPTION, description = "What the subscription is for, for admins.") String description) {
}
