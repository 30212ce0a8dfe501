package org.cep.content.contract;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.validate.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

/** Every calendar the suite receives, empty or not, must be one that ical4j's validator accepts, as strict clients do. */
final class CalendarConformance {

    private CalendarConformance() {
    }

    static List<String> violations(int status, String contentType, byte[] body) {
        if (status != 200 || contentType == null || !contentType.startsWith("text/calendar")) {
            return List.of();
        }
        try {
            ValidationResult result = new CalendarBuilder().build(new ByteArrayInputStream(body)).validate();
            return result.hasErrors() ? List.of("the calendar does not pass ical4j's validation: " + result) : List.of();
        } catch (Exception e) {
            return List.of("not an iCalendar document: " + e.getMessage());
        }
    }
}
