package org.cep.content.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Events as their seed file writes them. The start and end are local to the event's time zone: dates for a
 * whole-day event, its last day included, or date-times. Venue, city and country stand beside the other fields,
 * and {@code status} is whether the event goes ahead (the API's {@code eventStatus}).
 */
final class EventSeeds implements Seeds.Shape {

    private static final List<String> LOCATION = List.of("venue", "city", "country");
    private static final Map<String, String> IN_FILE = Map.of("startsAt", "start", "endsAt", "end", "eventStatus", "status");

    @Override
    public ObjectNode body(ObjectNode event, ZoneId siteZone) {
        JsonNode start = event.remove("start");
        JsonNode end = event.remove("end");
        boolean allDay = isDate(start != null ? start : end);
        if (start != null && end != null && isDate(end) != allDay) {
            throw Seeds.refused("end", "must have the same form as start: both dates or both date-times");
        }
        ZoneId zone = zone(event.path("timeZone"));
        event.put("allDay", allDay);
        if (start != null) {
            event.put("startsAt", at(start, "start", zone, false).toOffsetDateTime().toString());
        }
        if (end != null) {
            event.put("endsAt", at(end, "end", zone, allDay).toOffsetDateTime().toString());
        }
        ObjectNode location = event.objectNode();
        for (String field : LOCATION) {
            JsonNode value = event.remove(field);
            if (value != null) {
                location.set(field, value);
            }
        }
        if (!location.isEmpty()) {
            event.set("location", location);
        }
        JsonNode status = event.remove("status");
        if (status != null) {
            event.set("eventStatus", status);
        }
        return Seeds.published(event);
    }

    @Override
    public String fieldInFile(String field) {
        return field.startsWith("location.") ? field.substring("location.".length()) : IN_FILE.getOrDefault(field, field);
    }

    private static boolean isDate(JsonNode value) {
        return value != null && value.isTextual() && value.asText().length() == 10;
    }

    /** A zone that is not one is the writer's to refuse, with its reason; meanwhile UTC stands in, so the dates still turn. */
    private static ZoneId zone(JsonNode id) {
        try {
            return ZoneId.of(id.asText());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** The moment a local value names in the zone; a whole day's end is the midnight after it. */
    private static ZonedDateTime at(JsonNode value, String field, ZoneId zone, boolean endOfDay) {
        String text = value.asText();
        try {
            return isDate(value) ? LocalDate.parse(text).plusDays(endOfDay ? 1 : 0).atStartOfDay(zone)
                    : LocalDateTime.parse(text).atZone(zone);
        } catch (DateTimeException e) {
            throw Seeds.refused(field, "'" + text + "' is not a date (YYYY-MM-DD) or a local date-time (YYYY-MM-DDTHH:MM)");
        }
    }
}
