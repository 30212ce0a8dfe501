package org.cep.content.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cep.content.common.RandomBytes;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Creates, changes and removes subscriptions, and lists and retries their deliveries; each in one transaction. */
@ApplicationScoped
@Transactional
class Subscriptions {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_DELIVERIES = 100;
    private static final Set<String> PATCHABLE = Set.of("url", "events", "description", "enabled");
    @Inject
    EntityManager em;

    @Inject
    EventTypes types;

    @Inject
    Targets targets;

    @Inject
    Clock clock;

    SubscriptionView create(SubscriptionInput input) {
        if (input == null) {
            throw ProblemException.invalidContent(List.of(InvalidParam.body("body", "a JSON object is required")));
        }
        List<InvalidParam> errors = new ArrayList<>();
        checkUrl(input.url(), errors);
        errors.addAll(types.check(input.events()));
        checkDescription(input.description(), errors);
        throwIfAny(errors);
        Subscription s = new Subscription();
        s.url = input.url();
        s.events = String.join(" ", input.events().stream().distinct().toList());
        s.description = input.description();
        s.secret = "whsec_" + Base64.getEncoder().encodeToString(RandomBytes.of(32));
        s.createdAt = clock.instant();
        s.updatedAt = s.createdAt;
        em.persist(s);
        return SubscriptionView.from(s, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<SubscriptionView> list() {
        return em.createQuery("from Subscription s order by s.id", Subscription.class).getResultStream()
                .map(s -> SubscriptionView.from(s, false)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    SubscriptionView get(String id) {
        return SubscriptionView.from(find(id), false);
    }

    /** Applies a JSON merge patch (RFC 7396) of {@code url}, {@code events}, {@code description} and {@code enabled}. */
    SubscriptionView patch(String id, JsonNode patch) {
        Subscription s = find(id);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidContent(List.of(InvalidParam.body("body", "a JSON object is required")));
        }
        List<InvalidParam> errors = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                errors.add(InvalidParam.body(name, "unknown property; accepted: description, enabled, events, url"));
            }
        }
        String url = patch.has("url") ? text(patch.get("url"), "url", errors) : s.url;
        if (patch.has("url")) {
            checkUrl(url, errors);
        }
        List<String> events = s.eventList();
        if (patch.has("events")) {
            events = strings(patch.get("events"), errors);
            if (events != null) {
                errors.addAll(types.check(events));
            }
        }
        String description = patch.has("description") ? text(patch.get("description"), "description", errors) : s.description;
        checkDescription(description, errors);
        JsonNode enabled = patch.get("enabled");
        if (enabled != null && !enabled.isBoolean()) {
            errors.add(InvalidParam.body("enabled", "must be true or false"));
        }
        throwIfAny(errors);
        s.url = url;
        s.events = String.join(" ", events.stream().distinct().toList());
        s.description = description;
        Instant now = clock.instant();
        if (enabled != null && enabled.booleanValue()) {
            s.disabledAt = null;
            s.disabledReason = null;
        } else if (enabled != null && s.disabledAt == null) {
            s.disabledAt = now;
            s.disabledReason = "Disabled by an admin.";
        }
        s.updatedAt = now;
        return SubscriptionView.from(s, false);
    }

    void delete(String id) {
        em.remove(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<DeliveryView> deliveries(String id) {
        Subscription s = find(id);
        return em.createQuery("select a from Attempt a join fetch a.message where a.subscriptionId = :id order by a.id desc",
                        Attempt.class).setParameter("id", s.id).setMaxResults(MAX_DELIVERIES).getResultStream()
                .map(DeliveryView::from).toList();
    }

    /**
     * Sends the attempt's message again, with its id unchanged, as soon as the sender comes to it, on a fresh schedule of
     * retries. A message still being sent is left as it is.
     */
    DeliveryView retry(String id, String deliveryId) {
        Subscription s = find(id);
        Attempt attempt = number(deliveryId).map(n -> em.find(Attempt.class, n))
                .filter(a -> a.subscriptionId.equals(s.id))
                .orElseThrow(() -> ProblemException.absent("delivery of webhook subscription " + s.id, deliveryId));
        Message message = attempt.message;
        if (message.state != Message.State.SENDING) {
            message.state = Message.State.PENDING;
            message.attempts = 0;
            message.dueAt = clock.instant();
        }
        return DeliveryView.from(attempt);
    }

    private Subscription find(String id) {
        return number(id).map(n -> em.find(Subscription.class, n))
                .orElseThrow(() -> ProblemException.absent("webhook subscription", id));
    }

    private static java.util.Optional<Long> number(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void checkUrl(String url, List<InvalidParam> errors) {
        targets.refusal(url).ifPresent(reason -> errors.add(InvalidParam.body("url", reason)));
    }

    private static void checkDescription(String description, List<InvalidParam> errors) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(InvalidParam.body("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
    }

    private static String text(JsonNode value, String name, List<InvalidParam> errors) {
        if (value.isNull() && name.equals("description")) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(InvalidParam.body(name, "must be a string"));
            return null;
        }
        return value.textValue();
    }

    private static List<String> strings(JsonNode value, List<InvalidParam> errors) {
        if (!value.isArray()) {
            errors.add(InvalidParam.body("events", "must be an array of event types"));
            return null;
        }
        List<String> events = new ArrayList<>();
        value.forEach(event -> events.add(event.isTextual() ? event.textValue() : null));
        return events;
    }

    private static void throwIfAny(List<InvalidParam> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidContent(errors);
        }
    }
}
