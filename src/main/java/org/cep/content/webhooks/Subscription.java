package org.cep.content.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cep.content.common.Keyed;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A receiver's subscription to event types, with the secret its messages are signed with. */
@Entity
@Table(name = "webhook_subscription")
class Subscription extends Keyed {

    String url;

    /** The event types, separated by spaces. */
    String events;

    String description;

    /** {@code whsec_} and the base64 of the signing key, as Standard Webhooks writes secrets. */
    String secret;

    Instant createdAt;

    Instant updatedAt;

    /** When the service stopped sending to it, or null while it is enabled. */
    Instant disabledAt;

    String disabledReason;

    List<String> eventList() {
        return Arrays.asList(events.split(" "));
    }
}
