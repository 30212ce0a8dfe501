package org.cep.content.events;

import org.cep.content.items.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** An event as other items show it, with its start so that lists of events read without a second call. */
@Schema(name = "EventRef", description = "An event named by another item.",
        example = "{\"slug\": \"help-seminar-deradicalisation-rehabilitation-barcelona-2021\", \"title\": \"Project seminar on (de)radicalisation and rehabilitation\", \"startsAt\": \"2021-12-09T00:00:00+01:00\", \"url\": \"/api/v1/events/help-seminar-deradicalisation-rehabilitation-barcelona-2021\"}")
public record EventRef(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String title,
        @Schema(required = true, description = "When the event starts, with the offset of its own time zone.") OffsetDateTime startsAt,
        @Schema(required = true, description = "The event's own resource.") String url) {

    public static EventRef from(Event event) {
        return new EventRef(event.slug, event.title, event.startsAt.atZone(ZoneId.of(event.timeZone)).toOffsetDateTime(),
                Events.PATH + "/" + event.slug);
    }

    /** The ref, or {@code null} when there is no event or it is not visible now. */
    public static EventRef visible(Event event, Instant now) {
        return Content.visible(event, now, EventRef::from);
    }

    /** The visible events, soonest first. */
    public static List<EventRef> visible(Collection<Event> events, Instant now) {
        return Content.visible(events, now).sorted(Comparator.comparing((Event e) -> e.startsAt).thenComparing(e -> e.slug))
                .map(EventRef::from).toList();
    }
}
