package org.cep.content.events;

import org.cep.content.tags.TagRef;

import java.time.Instant;
import java.util.List;

/**
 * What a calendar writes of an event, and nothing more: read by one statement per calendar
 * ({@link EventRepository#calendar}), with the tags' labels (sorted) by one more, instead of whole entities.
 */
public record CalendarEvent(Long id, String slug, String title, String summary, String body, Instant startsAt,
                            Instant endsAt, String timeZone, boolean allDay, String venue, String city, String country,
                            Attendance attendance, String joinUrl, EventStatus eventStatus, Instant createdAt,
                            Instant updatedAt, List<String> tagLabels) {

    /** The columns {@link EventRepository#calendar} selects, in the order of the components up to the tags. */
    static final String COLUMNS = "e.id, e.slug, e.title, e.summary, e.body, e.startsAt, e.endsAt, e.timeZone, e.allDay, "
            + "e.venue, e.city, e.country, e.attendance, e.joinUrl, e.eventStatus, e.createdAt, e.updatedAt";

    /** From a row of {@link #COLUMNS}. */
    static CalendarEvent of(Object[] row, List<String> tagLabels) {
        return new CalendarEvent((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (Instant) row[5], (Instant) row[6], (String) row[7], (Boolean) row[8], (String) row[9], (String) row[10],
                (String) row[11], (Attendance) row[12], (String) row[13], (EventStatus) row[14], (Instant) row[15],
                (Instant) row[16], tagLabels);
    }

    /** One event already loaded, as a calendar of that event writes it. */
    public static CalendarEvent of(Event e) {
        return new CalendarEvent(e.id, e.slug, e.title, e.summary, e.body, e.startsAt, e.endsAt, e.timeZone, e.allDay,
                e.venue, e.city, e.country, e.attendance, e.joinUrl, e.eventStatus, e.createdAt, e.updatedAt,
                TagRef.labels(e.tags));
    }
}
