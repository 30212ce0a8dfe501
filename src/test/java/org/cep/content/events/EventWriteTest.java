package org.cep.content.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.cep.content.ContentFixtures;
import org.cep.content.TestClock;
import org.cep.content.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Events are written with an editor's token, by slug references, with If-Match, and leave nothing behind on failure. */
@QuarkusTest
class EventWriteTest {

    private static final String PREFIX = "ewt-";
    private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    ContentFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "tag", "EWT tag");
        fixtures.person(PREFIX + "speaker", "Ewa", "Speaker");
        fixtures.person(PREFIX + "other", "Otto", "Other");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        fixtures.removeAll(PREFIX);
    }

    static Map<String, Object> body(String slug) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "title", "A seminar", "kind", "seminar",
                "startsAt", "2030-03-01T09:00:00+01:00", "endsAt", "2030-03-01T17:00:00+01:00", "timeZone", "Europe/Brussels",
                "location", Map.of("city", "Brussels", "country", "BE"), "attendance", "in-person", "status", "published"));
        body.put("speakers", List.of(PREFIX + "speaker", PREFIX + "other"));
        body.put("tags", List.of(PREFIX + "tag"));
        return body;
    }

    @Test
    void an_editor_creates_an_event_and_its_etag_is_the_one_a_get_gives() {
        Response created = given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body(PREFIX + "seminar"))
                .when().post("/api/v1/events")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/events/" + PREFIX + "seminar"))
                .header("ETag", notNullValue())
                .body("speakers.slug", contains(PREFIX + "speaker", PREFIX + "other"))
                .body("status", equalTo("published"))
                .extract().response();
        given().when().get("/api/v1/events/" + PREFIX + "seminar")
                .then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
    }

    @Test
    void the_second_of_two_editors_with_the_same_etag_gets_412_and_the_first_change_stays() {
        String etag = given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body(PREFIX + "race"))
                .when().post("/api/v1/events").then().statusCode(201).extract().header("ETag");
        given().header("Authorization", Tokens.bearer("editor", "first")).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("title", "First"))
                .when().patch("/api/v1/events/" + PREFIX + "race").then().statusCode(200).body("title", equalTo("First"));
        String current = given().when().get("/api/v1/events/" + PREFIX + "race").then().extract().header("ETag");
        given().header("Authorization", Tokens.bearer("editor", "second")).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("title", "Second"))
                .when().patch("/api/v1/events/" + PREFIX + "race")
                .then().statusCode(412).contentType("application/problem+json")
                .body("currentETag", equalTo(current));
        given().when().get("/api/v1/events/" + PREFIX + "race").then().body("title", equalTo("First"));
    }

    @Test
    void deleting_a_speaker_leaves_the_event_readable_without_them() {
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body(PREFIX + "talk"))
                .when().post("/api/v1/events").then().statusCode(201);
        String etag = given().when().get("/api/v1/people/" + PREFIX + "speaker").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                .when().delete("/api/v1/people/" + PREFIX + "speaker").then().statusCode(204);
        given().when().get("/api/v1/events/" + PREFIX + "talk")
                .then().statusCode(200).body("speakers.slug", contains(PREFIX + "other"))
                .body("speakers.slug", not(hasItem(PREFIX + "speaker")));
    }

    @Test
    void a_change_to_the_speakers_alone_is_a_change_calendars_see() throws Exception {
        // In the past, so that these changes do not sort after those of the tests that follow.
        Instant created = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        clock.fix(created);
        String etag = given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body(PREFIX + "panel"))
                .when().post("/api/v1/events").then().statusCode(201).extract().header("ETag");
        clock.fix(created.plusSeconds(90));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("speakers", List.of(PREFIX + "other")))
                .when().patch("/api/v1/events/" + PREFIX + "panel").then().statusCode(200);
        byte[] calendar = given().when().get("/api/v1/events/" + PREFIX + "panel.ics").then().statusCode(200).extract().asByteArray();
        VEvent entry = new CalendarBuilder().build(new ByteArrayInputStream(calendar)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("90", entry.getProperty("SEQUENCE").map(Property::getValue).orElseThrow());
        assertEquals(ICAL_UTC.format(created.plusSeconds(90)), entry.getProperty("LAST-MODIFIED").map(Property::getValue).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "title         | null                          | title",
            "endsAt        | '2030-03-01T08:00:00+01:00'   | endsAt",
            "tags          | ['ewt-tag', 'ewt-no-such-tag'] | tags[1]",
            "speakers      | ['ewt-nobody']                | speakers[0]",
            "location      | {'country': 'XX'}             | location.country",
            "registration  | {'url': 'ftp://example.org/x'} | registration.url",
            "kind          | 'party'                       | kind",
            "startsAt      | 'next tuesday'                | startsAt",
            "project       | 'ewt-no-such-project'         | project",
            "timeZone      | 'Mars/Olympus'                | timeZone",
            "joinUrl       | 'https://meet.example.org/x'  | joinUrl",
            "datePrecision | 'month'                       | datePrecision",
            "datePrecision | 'decade'                      | datePrecision"})
    void an_invalid_field_is_400_naming_it_and_nothing_is_stored(String field, String json, String named) throws Exception {
        Map<String, Object> body = body(PREFIX + "invalid");
        body.put(field, new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.replace('\'', '"'), Object.class));
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains(named)).body("errors[0].in", equalTo("body"));
        given().header("Authorization", Tokens.editor()).when().get("/api/v1/events/" + PREFIX + "invalid").then().statusCode(404);
    }

    @Test
    void an_online_event_shows_where_to_join_it() {
        Map<String, Object> body = body(PREFIX + "webinar");
        body.put("attendance", "online");
        body.put("location", Map.of());
        body.put("joinUrl", "https://meet.example.org/cep-webinar");
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/events").then().statusCode(201);
        given().when().get("/api/v1/events/" + PREFIX + "webinar")
                .then().statusCode(200).body("joinUrl", equalTo("https://meet.example.org/cep-webinar"))
                .body("datePrecision", equalTo("exact"));
    }

    @Test
    void an_event_known_by_its_month_spans_that_month_as_whole_days() {
        Map<String, Object> body = body(PREFIX + "november");
        body.putAll(Map.of("startsAt", "2020-11-01T00:00:00+01:00", "endsAt", "2020-12-01T00:00:00+01:00", "allDay", true,
                "datePrecision", "month"));
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/events").then().statusCode(201).body("datePrecision", equalTo("month"));
        body.put("endsAt", "2020-11-20T00:00:00+01:00");
        body.put("slug", PREFIX + "part-of-november");
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/events").then().statusCode(400).body("errors.name", contains("datePrecision"));
    }

    @Test
    void an_editor_lists_upcoming_and_past_drafts() {
        Map<String, Object> body = body(PREFIX + "future-draft");
        body.put("status", "draft");
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/events").then().statusCode(201);
        given().header("Authorization", Tokens.editor()).queryParam("status", "draft").queryParam("upcoming", "true")
                .when().get("/api/v1/events").then().statusCode(200).body("items.slug", hasItem(PREFIX + "future-draft"));
        given().header("Authorization", Tokens.editor()).queryParam("status", "any").queryParam("past", "true")
                .when().get("/api/v1/events").then().statusCode(200).body("items.slug", not(hasItem(PREFIX + "future-draft")));
    }

    @Test
    void a_markdown_body_over_its_limit_is_400_naming_it() {
        Map<String, Object> body = body(PREFIX + "long");
        body.put("body", "x".repeat(100_001));
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/events")
                .then().statusCode(400).body("errors.name", contains("body"));
    }

    @Test
    void a_failed_replace_leaves_the_event_as_it_was() {
        String etag = given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body(PREFIX + "kept"))
                .when().post("/api/v1/events").then().statusCode(201).extract().header("ETag");
        Map<String, Object> bad = body(PREFIX + "kept");
        bad.put("title", "Changed");
        bad.put("speakers", List.of(PREFIX + "other", PREFIX + "nobody"));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(ContentType.JSON).body(bad)
                .when().put("/api/v1/events/" + PREFIX + "kept")
                .then().statusCode(400).body("errors.name", contains("speakers[1]"));
        given().when().get("/api/v1/events/" + PREFIX + "kept").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("title", equalTo("A seminar"));
    }
}
