package org.cep.content.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.items.ItemType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event types a subscription may name: {@code {resource}.{action}}, the resource in the singular as one item of it
 * is called ({@code event}, {@code expert-group}), and {@code *} for any resource or any action. Resources without
 * publication status (tags) have no {@code published} or {@code unpublished}.
 */
@ApplicationScoped
class EventTypes {

    static final List<String> ACTIONS = List.of("created", "updated", "deleted", "published", "unpublished");
    private static final List<String> WRITES = ACTIONS.subList(0, 3);

    /** Each collection of the change log, with the name its events carry. */
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Boolean> publishable = new LinkedHashMap<>();

    @Inject
    EventTypes(Instance<ItemType<?, ?, ?>> types) {
        for (ItemType<?, ?, ?> type : types) {
            // One news item's events are news.*, as the contract names them; other nouns are hyphenated.
            String name = type.singular().replace(" item", "").replace(' ', '-');
            names.put(type.collection(), name);
            publishable.put(name, type.publishable());
        }
    }

    /** The event's resource for a collection of the change log: {@code people} is {@code person}. */
    String resourceOf(String collection) {
        return names.get(collection);
    }

    /** The type of an event of the collection, such as {@code expert-group.published}. */
    String of(String collection, String action) {
        return resourceOf(collection) + "." + action;
    }

    /** Every type, wildcards included, that a subscription may name. */
    List<String> accepted() {
        List<String> accepted = new ArrayList<>(List.of("*"));
        ACTIONS.forEach(action -> accepted.add("*." + action));
        publishable.forEach((name, drafts) -> {
            accepted.add(name + ".*");
            (drafts ? ACTIONS : WRITES).forEach(action -> accepted.add(name + "." + action));
        });
        return accepted;
    }

    /** What is wrong with each of the named types, as the errors of a 400. */
    List<InvalidParam> check(List<String> events) {
        List<InvalidParam> errors = new ArrayList<>();
        if (events == null || events.isEmpty()) {
            errors.add(InvalidParam.body("events", "name at least one event type, such as news.published or event.*"));
            return errors;
        }
        List<String> accepted = accepted();
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            if (event == null || !accepted.contains(event)) {
                errors.add(InvalidParam.body("events[" + i + "]", "unknown event type '" + event + "'; accepted: "
                        + String.join(", ", accepted)));
            }
        }
        return errors;
    }

    /** Whether a subscription to {@code patterns} wants events of {@code type}. */
    static boolean matches(List<String> patterns, String type) {
        int dot = type.indexOf('.');
        String resource = type.substring(0, dot);
        String action = type.substring(dot + 1);
        return patterns.stream().anyMatch(p -> p.equals("*") || p.equals(type) || p.equals(resource + ".*")
                || p.equals("*." + action));
    }
}
