package org.cep.content.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cep.content.changes.ChangeAction;
import org.cep.content.changes.ChangeRecorded;
import org.cep.content.changes.Publication;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.RandomBytes;
import org.cep.content.items.ItemType;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes each change's messages into the outbox, in the change's own transaction: one row per message and
 * subscription whose event types match, so that each subscription's deliveries, retries and order stand on their own.
 * A change to an item published for a later time also writes its {@code published} message, due at that time; a later
 * change to the item withdraws it and writes it again if the item is still scheduled.
 */
@ApplicationScoped
class Outbox {

    @Inject
    EntityManager em;

    @Inject
    EventTypes types;

    @Inject
    ObjectMapper mapper;

    @Inject
    ContentConfig content;

    @Inject
    Clock clock;

    /** Called by the change log inside the write's transaction. */
    void changed(@Observes ChangeRecorded change) {
        Instant now = change.changedAt();
        em.createQuery("delete from Message m where m.resource = :resource and m.itemId = :item and m.state = :pending "
                        + "and m.dueAt > :now and m.eventType = :published")
                .setParameter("resource", change.resource()).setParameter("item", change.itemId())
                .setParameter("pending", Message.State.PENDING).setParameter("now", now)
                .setParameter("published", types.of(change.resource(), "published")).executeUpdate();
        List<Subscription> subscriptions = em.createQuery("from Subscription s where s.disabledAt is null order by s.id",
                Subscription.class).getResultList();
        if (subscriptions.isEmpty()) {
            return;
        }
        for (Event event : events(change, now)) {
            String type = types.of(change.resource(), event.action());
            for (Subscription subscription : subscriptions) {
                if (EventTypes.matches(subscription.eventList(), type)) {
                    em.persist(message(subscription, change, type, event.at()));
                }
            }
        }
    }

    /** The events a change makes, in order, each with the moment it happens. */
    private static List<Event> events(ChangeRecorded change, Instant now) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(change.action().name().toLowerCase(java.util.Locale.ROOT), now));
        if (change.action() == ChangeAction.DELETED) {
            return events;
        }
        Publication before = change.before();
        Publication after = change.after();
        boolean wasVisible = before != null && before.visibleAt(now);
        if (after != null && after.visibleAt(now) && !wasVisible) {
            events.add(new Event("published", now));
        } else if (after != null && !after.visibleAt(now) && wasVisible) {
            events.add(new Event("unpublished", now));
        }
        if (after != null && after.scheduledAt(now)) {
            events.add(new Event("published", after.at()));
        }
        return events;
    }

    private Message message(Subscription subscription, ChangeRecorded change, String type, Instant at) {
        Message message = new Message();
        message.subscriptionId = subscription.id;
        message.messageId = "msg_" + HexFormat.of().formatHex(RandomBytes.of(16));
        message.eventType = type;
        message.resource = change.resource();
        message.itemId = change.itemId();
        message.changeId = change.id();
        message.payload = payload(change, type, at);
        message.state = Message.State.PENDING;
        message.dueAt = at;
        message.createdAt = change.changedAt();
        return message;
    }

    /** The body, fixed when the change is made: every attempt sends the same bytes. */
    private String payload(ChangeRecorded change, String type, Instant at) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", type);
        body.put("timestamp", at.toString());
        ObjectNode data = body.putObject("data");
        data.put("resource", change.resource());
        data.put("slug", change.slug());
        String path = ItemType.API + change.resource() + "/" + change.slug();
        data.put("url", content.publicUrl().map(base -> base.toString().replaceAll("/+$", "") + path).orElse(path));
        data.put("changeId", change.id());
        data.put("cursor", change.cursor().get());
        return body.toString();
    }

    private record Event(String action, Instant at) {
    }
}
