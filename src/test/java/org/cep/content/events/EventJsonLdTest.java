package org.cep.content.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cep.content.ContentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event as schema.org Event JSON-LD, asked for with Accept: application/ld+json. */
@QuarkusTest
class EventJsonLdTest {

    private static final String PREFIX = "zz-ld-";

    @Inject
    ContentFixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void create_a_speaker() {
        fixtures.person(PREFIX + "ann", "Ann", "Örell");
        fixtures.tag(PREFIX + "tag", "Violent Extremism");
    }

    @AfterEach
    void remove_the_test_content() {
        fixtures.removeAll(PREFIX);
    }

    @Test
    void a_hybrid_event_has_a_place_and_a_virtual_location_with_times_carrying_their_offset() throws Exception {
        var start = LocalDateTime.of(2031, 6, 3, 9, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant();
        Event event = fixtures.event(PREFIX + "hybrid", start, start.plusSeconds(8 * 3600),
                org.cep.content.items.PublicationStatus.PUBLISHED, null, List.of(PREFIX + "tag"), List.of(PREFIX + "ann"), null);
        update(event.id, e -> {
            e.attendance = Attendance.HYBRID;
            e.venue = "Egmont Palace";
            e.registrationUrl = "https://example.org/register";
            e.registrationDeadline = LocalDate.of(2031, 5, 20);
        });

        JsonNode ld = jsonLd(PREFIX + "hybrid");

        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("Event", ld.get("@type").asText());
        assertEquals(OffsetDateTime.parse("2031-06-03T09:00:00+02:00"), OffsetDateTime.parse(ld.get("startDate").asText()));
        assertEquals("2031-06-03T17:00:00+02:00", ld.get("endDate").asText());
        assertEquals("https://schema.org/EventScheduled", ld.get("eventStatus").asText());
        assertEquals("https://schema.org/MixedEventAttendanceMode", ld.get("eventAttendanceMode").asText());
        assertEquals("Place", ld.at("/location/0/@type").asText());
        assertEquals("Egmont Palace", ld.at("/location/0/name").asText());
        assertEquals("PostalAddress", ld.at("/location/0/address/@type").asText());
        assertEquals("Brussels", ld.at("/location/0/address/addressLocality").asText());
        assertEquals("BE", ld.at("/location/0/address/addressCountry").asText());
        assertEquals("VirtualLocation", ld.at("/location/1/@type").asText());
        assertEquals("Confederation of European Probation", ld.at("/organizer/name").asText());
        assertEquals("Ann Örell", ld.at("/performer/0/name").asText());
        assertEquals("2031-05-20", ld.at("/offers/validThrough").asText());
        assertEquals("Violent Extremism", ld.at("/keywords/0").asText());
        assertTrue(ld.get("url").asText().matches("^https?://.+/api/v1/events/" + PREFIX + "hybrid$"));
    }

    @Test
    void an_online_cancelled_event_has_a_virtual_location_only() throws Exception {
        Event event = fixtures.publishedEvent(PREFIX + "online", java.time.Instant.parse("2031-02-01T10:00:00Z"), List.of());
        update(event.id, e -> {
            e.attendance = Attendance.ONLINE;
            e.eventStatus = EventStatus.CANCELLED;
        });

        JsonNode ld = jsonLd(PREFIX + "online");

        assertEquals("https://schema.org/EventCancelled", ld.get("eventStatus").asText());
        assertEquals("https://schema.org/OnlineEventAttendanceMode", ld.get("eventAttendanceMode").asText());
        assertEquals(1, ld.get("location").size());
        assertEquals("VirtualLocation", ld.at("/location/0/@type").asText());
    }

    @Test
    void the_virtual_location_is_the_join_link_and_a_month_known_event_gives_its_month() throws Exception {
        Event event = fixtures.publishedEvent(PREFIX + "month", java.time.Instant.parse("2020-10-31T23:00:00Z"), List.of());
        update(event.id, e -> {
            e.attendance = Attendance.ONLINE;
            e.joinUrl = "https://meet.example.org/help-seminar";
            e.registrationUrl = "https://example.org/register";
            e.allDay = true;
            e.endsAt = java.time.Instant.parse("2020-11-30T23:00:00Z");
            e.datePrecision = DatePrecision.MONTH;
        });

        JsonNode ld = jsonLd(PREFIX + "month");

        assertEquals("https://meet.example.org/help-seminar", ld.at("/location/0/url").asText());
        assertEquals("2020-11", ld.get("startDate").asText());
        assertEquals("2020-11", ld.get("endDate").asText());
    }

    @Test
    void json_stays_the_default_and_an_unknown_slug_is_a_404_problem() {
        fixtures.publishedEvent(PREFIX + "plain", java.time.Instant.parse("2031-02-01T10:00:00Z"), List.of());
        given().when().get("/api/v1/events/" + PREFIX + "plain")
                .then().statusCode(200).contentType("application/json").body("slug", equalTo(PREFIX + "plain"));
        given().accept("application/ld+json").when().get("/api/v1/events/" + PREFIX + "missing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private JsonNode jsonLd(String slug) throws Exception {
        String body = given().accept("application/ld+json").when().get("/api/v1/events/" + slug)
                .then().statusCode(200).contentType("application/ld+json").header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        return mapper.readTree(body);
    }

    private void update(Long id, Consumer<Event> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(em.find(Event.class, id)));
    }
}
