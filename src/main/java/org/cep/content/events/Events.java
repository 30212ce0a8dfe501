package org.cep.content.events;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cep.content.items.ItemType;

/** Events, declared once: the collection, nouns and types every route, writer and contract text derives from. */
@Singleton
public class Events {

    public static final String PATH = ItemType.API + "events";

    @Produces
    public static final ItemType<Event, EventInput, EventView> TYPE = new ItemType<>(PATH, "event", "events",
            Event.class, EventInput.class, EventView.class,
            "Events", "CEP seminars, conferences, workshops, trainings, webinars, meetings and general assemblies.",
            (events, now) -> events.stream().map(e -> EventView.from(e, now)).toList(), EventQuery.SORT,
            "seminar-on-deradicalization-and-rehabilitation",
            "Published events, soonest first, filtered by tag, date range, kind, place and people.",
            "One published event by its slug; with an editor's token, drafts and scheduled events too. An "
            + "old slug of a renamed event answers 301 to the new one. With `Accept: application/ld+json`, the "
            + "published event as schema.org Event JSON-LD.",
            "Deleted; news that named it stay, without it.");
}
