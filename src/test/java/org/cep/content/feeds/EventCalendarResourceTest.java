package org.cep.content.feeds;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.cep.content.ContentFixtures;
import org.cep.content.items.PublicationStatus;
import org.cep.content.events.Attendance;
import org.cep.content.events.Event;
import org.cep.content.events.EventStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events as iCalendar, read back with ical4j and checked by its validator. */
@QuarkusTest
class EventCalendarResourceTest {

    private static final String PREFIX = "zz-ics-";
    private static final String TAG = PREFIX + "mental-health";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    ContentFixtures fixtures;

    @Inject
    EntityManager em;

    @BeforeEach
    void create_a_tag() {
        fixtures.tag(TAG, "Mental Health");
    }

    @AfterEach
    void remove_the_test_content() {
        fixtures.removeAll(PREFIX);
    }

    @Test
    void a_tag_subscription_holds_the_tagged_events_only_and_passes_validation() {
        Event tagged = fixtures.publishedEvent(PREFIX + "tagged", inDays(10), List.of(TAG));
        fixtures.publishedEvent(PREFIX + "untagged", inDays(11), List.of());

        Calendar calendar = calendar("/api/v1/events.ics?tag=" + TAG);

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("event-" + tagged.id + "@cep-probation.org", value(event, "UID"));
        assertEquals("Test event " + PREFIX + "tagged", value(event, "SUMMARY"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        assertEquals("0", value(event, "SEQUENCE"));
        assertTrue(value(event, "URL").matches("^https?://[^/]+/api/v1/events/" + PREFIX + "tagged$"), value(event, "URL"));
        assertEquals("Brussels, Belgium", value(event, "LOCATION"));
        assertEquals("Mental Health", value(event, "CATEGORIES"));
        assertTrue(value(event, "DESCRIPTION").endsWith("/api/v1/events/" + PREFIX + "tagged"));
        assertTrue(event.getProperty("DTSTAMP").isPresent());
        assertEquals("CEP events: " + TAG, value(calendar, "NAME"));
        assertEquals("CEP events: " + TAG, value(calendar, "X-WR-CALNAME"));
        assertEquals("PT6H", value(calendar, "REFRESH-INTERVAL"));
    }

    @Test
    void is_folded_at_75_octets_with_crlf_and_served_as_text_calendar() {
        Event event = fixtures.publishedEvent(PREFIX + "long", inDays(3), List.of(TAG));
        String title = "Séminaire européen sur la probation, la réinsertion et l’évaluation des risques — édition spéciale à Bruxelles";
        update(event.id, e -> e.title = title);

        byte[] body = given().when().get("/api/v1/events.ics?tag=" + TAG)
                .then().statusCode(200)
                .header("Content-Type", equalToIgnoringCase("text/calendar;charset=utf-8"))
                .extract().asByteArray();

        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        for (String line : text.split("\r\n")) {
            assertFalse(line.contains("\n"), "a line ends with a bare LF: " + line);
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
        }
        assertEquals(title, value(parse(body).getComponents("VEVENT").get(0), "SUMMARY"));
    }

    @Test
    void an_event_at_nine_in_brussels_is_at_three_in_new_york_and_at_five_pm_in_tokyo() {
        Instant nineInBrussels = LocalDateTime.of(2031, 1, 15, 9, 0).atZone(BRUSSELS).toInstant();
        fixtures.publishedEvent(PREFIX + "winter", nineInBrussels, List.of(TAG));

        VEvent event = calendar("/api/v1/events.ics?tag=" + TAG).<VEvent>getComponents("VEVENT").get(0);

        String start = value(event, "DTSTART");
        assertTrue(start.endsWith("Z"), "written in UTC, readable without TZID: " + start);
        Instant instant = utc(start);
        assertEquals(nineInBrussels, instant);
        assertEquals("2031-01-15T03:00", instant.atZone(ZoneId.of("America/New_York")).toLocalDateTime().toString());
        assertEquals("2031-01-15T17:00", instant.atZone(ZoneId.of("Asia/Tokyo")).toLocalDateTime().toString());
        assertEquals(nineInBrussels.plus(2, ChronoUnit.HOURS), utc(value(event, "DTEND")));
    }

    @Test
    void a_whole_day_event_is_written_as_dates_with_the_day_after_the_last_as_end() {
        Instant first = LocalDate.of(2031, 3, 10).atStartOfDay(BRUSSELS).toInstant();
        Event event = fixtures.publishedEvent(PREFIX + "days", first, List.of(TAG));
        update(event.id, e -> {
            e.allDay = true;
            e.endsAt = LocalDate.of(2031, 3, 12).atStartOfDay(BRUSSELS).toInstant();
        });

        VEvent entry = calendar("/api/v1/events.ics?tag=" + TAG).<VEvent>getComponents("VEVENT").get(0);

        assertEquals("DATE", entry.getProperty("DTSTART").get().getParameter("VALUE").get().getValue());
        assertEquals("20310310", value(entry, "DTSTART"));
        assertEquals("20310312", value(entry, "DTEND"));
    }

    @Test
    void a_cancelled_event_says_so_and_an_online_one_is_online() {
        Event event = fixtures.publishedEvent(PREFIX + "cancelled", inDays(5), List.of(TAG));
        update(event.id, e -> {
            e.eventStatus = EventStatus.CANCELLED;
            e.attendance = Attendance.ONLINE;
        });

        VEvent entry = calendar("/api/v1/events.ics?tag=" + TAG).<VEvent>getComponents("VEVENT").get(0);

        assertEquals("CANCELLED", value(entry, "STATUS"));
        assertEquals("Online", value(entry, "LOCATION"));
        assertTrue(value(entry, "DESCRIPTION").startsWith("This event is cancelled."));
    }

    @Test
    void a_change_raises_the_sequence_and_keeps_the_uid() {
        Event event = fixtures.publishedEvent(PREFIX + "changing", inDays(20), List.of(TAG));
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Event set createdAt = :t, updatedAt = :t where id = :id")
                .setParameter("t", hourAgo).setParameter("id", event.id).executeUpdate());
        VEvent before = calendar("/api/v1/events/" + PREFIX + "changing.ics").<VEvent>getComponents("VEVENT").get(0);

        update(event.id, e -> e.title = "Moved to another room");

        VEvent after = calendar("/api/v1/events/" + PREFIX + "changing.ics").<VEvent>getComponents("VEVENT").get(0);
        assertEquals(value(before, "UID"), value(after, "UID"));
        assertEquals("0", value(before, "SEQUENCE"));
        assertTrue(Integer.parseInt(value(after, "SEQUENCE")) > 0, "SEQUENCE after a change: " + value(after, "SEQUENCE"));
        assertTrue(value(after, "DTSTAMP").compareTo(value(before, "DTSTAMP")) > 0);
    }

    @Test
    void by_default_holds_future_events_and_those_of_the_last_twelve_months_and_older_ones_on_request() {
        fixtures.publishedEvent(PREFIX + "recent", Instant.now().minus(300, ChronoUnit.DAYS), List.of(TAG));
        fixtures.publishedEvent(PREFIX + "old", Instant.now().minus(400, ChronoUnit.DAYS), List.of(TAG));
        fixtures.publishedEvent(PREFIX + "future", inDays(400), List.of(TAG));

        assertEquals(List.of("future", "recent"), slugs(calendar("/api/v1/events.ics?tag=" + TAG)));
        String from = LocalDate.now().minusYears(2).toString();
        assertEquals(List.of("future", "old", "recent"), slugs(calendar("/api/v1/events.ics?tag=" + TAG + "&from=" + from)));
        assertEquals(List.of("future"), slugs(calendar("/api/v1/events.ics?tag=" + TAG + "&upcoming=true")));
    }

    @Test
    void a_full_calendar_keeps_the_events_nearest_to_now_upcoming_first() {
        fixtures.publishedEvent(PREFIX + "long-ago", Instant.now().minus(300, ChronoUnit.DAYS), List.of(TAG));
        fixtures.publishedEvent(PREFIX + "last-week", Instant.now().minus(7, ChronoUnit.DAYS), List.of(TAG));
        fixtures.publishedEvent(PREFIX + "next-week", inDays(7), List.of(TAG));
        fixtures.publishedEvent(PREFIX + "next-year", inDays(365), List.of(TAG));

        assertEquals(List.of("next-week", "next-year"), slugs(calendar("/api/v1/events.ics?tag=" + TAG + "&size=2")));
        assertEquals(List.of("last-week", "next-week", "next-year"), slugs(calendar("/api/v1/events.ics?tag=" + TAG + "&size=3")));
    }

    @Test
    void one_event_has_its_own_calendar_and_an_unknown_one_is_a_404_problem() {
        fixtures.publishedEvent(PREFIX + "single", inDays(7), List.of());

        Calendar calendar = calendar("/api/v1/events/" + PREFIX + "single.ics");
        assertEquals(1, calendar.getComponents("VEVENT").size());
        assertEquals("Test event " + PREFIX + "single", value(calendar, "NAME"));

        given().when().get("/api/v1/events/" + PREFIX + "nothing.ics")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void a_bad_filter_is_a_400_problem() {
        given().when().get("/api/v1/events.ics?from=yesterday")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("from"));
        given().when().get("/api/v1/events.ics?colour=red")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("colour"));
    }

    @Test
    void the_seed_calendar_passes_validation() {
        Calendar calendar = calendar("/api/v1/events.ics?from=2018-01-01");
        assertTrue(calendar.getComponents("VEVENT").size() >= 16);
        given().when().get("/api/v1/events.ics").then().statusCode(200).body(startsWith("BEGIN:VCALENDAR\r\n"));
    }

    @Test
    void a_calendar_with_no_event_is_still_a_valid_calendar() {
        Calendar calendar = calendar("/api/v1/events.ics?from=1990-01-01&to=1990-12-31");

        assertEquals(0, calendar.getComponents("VEVENT").size());
        assertEquals(List.of("Europe/Brussels"), calendar.getComponents("VTIMEZONE").stream()
                .map(zone -> value(zone, "TZID")).toList());
    }

    @Test
    void an_online_event_carries_its_join_link_as_an_rfc_7986_conference() {
        Event webinar = fixtures.publishedEvent(PREFIX + "webinar", inDays(3), List.of(TAG));
        update(webinar.id, e -> {
            e.attendance = Attendance.ONLINE;
            e.joinUrl = "https://meet.example.org/cep-webinar";
        });

        VEvent entry = calendar("/api/v1/events.ics?tag=" + TAG).<VEvent>getComponents("VEVENT").get(0);

        Property conference = entry.getProperty("CONFERENCE").orElseThrow();
        assertEquals("https://meet.example.org/cep-webinar", conference.getValue());
        assertEquals("VIDEO", conference.getParameter("FEATURE").orElseThrow().getValue());
        assertTrue(value(entry, "URL").endsWith("/api/v1/events/" + PREFIX + "webinar"), "URL stays the event's own page");
    }

    @Test
    void drafts_and_events_published_later_stay_out_of_the_calendar() {
        Instant start = inDays(20);
        fixtures.publishedEvent(PREFIX + "public", start, List.of(TAG));
        fixtures.event(PREFIX + "draft", start, start.plus(1, ChronoUnit.HOURS), PublicationStatus.DRAFT, null,
                List.of(TAG), List.of(), null);
        fixtures.event(PREFIX + "later", start, start.plus(1, ChronoUnit.HOURS), PublicationStatus.PUBLISHED, inDays(5),
                List.of(TAG), List.of(), null);

        List<VEvent> events = calendar("/api/v1/events.ics?tag=" + TAG).getComponents("VEVENT");

        assertEquals(List.of("Test event " + PREFIX + "public"), events.stream().map(e -> value(e, "SUMMARY")).toList());
        given().queryParam("status", "draft").when().get("/api/v1/events.ics")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private Calendar calendar(String path) {
        byte[] body = given().when().get(path).then().statusCode(200).extract().asByteArray();
        Calendar calendar = parse(body);
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), () -> path + " does not validate: " + result);
        return calendar;
    }

    private static Calendar parse(byte[] body) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError("not an iCalendar document", e);
        }
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static Instant utc(String dateTime) {
        return LocalDateTime.parse(dateTime, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")).toInstant(ZoneOffset.UTC);
    }

    private static List<String> slugs(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> value(e, "URL").replaceAll("^.*/" + PREFIX, "")).sorted().collect(Collectors.toList());
    }

    private void update(Long id, Consumer<Event> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(em.find(Event.class, id)));
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }
}
