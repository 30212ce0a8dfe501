package org.cep.content.caching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.cep.content.ContentFixtures;
import org.cep.content.TestClock;
import org.cep.content.Tokens;
import org.cep.content.items.PublicationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Answers relative to now (upcoming and past events, the calendar's default window) are kept like any other, until
 * the next moment they change or content does, and tell clients to keep them no longer than that.
 */
@QuarkusTest
class TimeRelativeCachingTest {

    private static final String PREFIX = "trc-";
    private static final String TAG = PREFIX + "tag";
    private static final String UPCOMING = "/api/v1/events?upcoming=true&tag=" + TAG;
    private static final String CALENDAR = "/api/v1/events.ics?tag=" + TAG;
    /** After every seed's publication, and before the tests run, so that the change a write logs is in the past. */
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final Pattern HITS = Pattern.compile("cache_gets_total\\{cache=\"responses\",result=\"hit\",?} ([0-9.E]+)");

    @Inject
    ContentFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void create_an_event_ending_in_90_seconds_and_one_tomorrow() {
        clock.fix(NOW);
        fixtures.tag(TAG, "TRC tag");
        event("ending", NOW.minus(Duration.ofHours(1)), NOW.plusSeconds(90));
        event("tomorrow", NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        fixtures.removeAll(PREFIX);
    }

    @Test
    void an_upcoming_list_is_kept_until_its_next_event_ends_and_says_so() {
        String etag = given().when().get(UPCOMING).then().statusCode(200)
                .header("Cache-Control", cacheControl(60, 30))
                .body("items.slug", contains(PREFIX + "ending", PREFIX + "tomorrow")).extract().header("ETag");

        double hits = hits();
        given().when().get(UPCOMING).then().statusCode(200).header("ETag", etag);
        assertEquals(hits + 1, hits(), "the second answer comes from the cache");

        clock.fix(NOW.plusSeconds(80));
        given().when().get(UPCOMING).then().statusCode(200).header("ETag", etag).header("Cache-Control", cacheControl(10, 0));
        given().header("If-None-Match", etag).when().get(UPCOMING).then().statusCode(304).body(emptyString())
                .header("Cache-Control", cacheControl(10, 0));

        clock.fix(NOW.plusSeconds(90));
        given().header("If-None-Match", etag).when().get(UPCOMING).then().statusCode(200)
                .header("Cache-Control", cacheControl(60, 300))
                .body("items.slug", contains(PREFIX + "tomorrow"));
    }

    @Test
    void a_past_list_gains_the_event_that_has_just_ended() {
        String past = "/api/v1/events?past=true&tag=" + TAG;
        given().when().get(past).then().statusCode(200).header("Cache-Control", cacheControl(60, 30)).body("items", empty());
        clock.fix(NOW.plusSeconds(90));
        given().when().get(past).then().statusCode(200).body("items.slug", contains(PREFIX + "ending"));
    }

    @Test
    void a_write_before_that_moment_clears_the_kept_answer() {
        String etag = given().when().get(UPCOMING).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("slug", PREFIX + "added", "title", "Added", "kind", "seminar", "attendance", "in-person",
                        "location", Map.of("city", "Brussels", "country", "BE"),
                        "startsAt", "2026-03-10T12:00:00+01:00", "endsAt", "2026-03-10T13:00:00+01:00",
                        "timeZone", "Europe/Brussels", "status", "published", "tags", List.of(TAG)))
                .when().post("/api/v1/events").then().statusCode(201);
        given().header("If-None-Match", etag).when().get(UPCOMING).then().statusCode(200)
                .body("items.slug", contains(PREFIX + "ending", PREFIX + "added", PREFIX + "tomorrow"));
    }

    @Test
    void a_calendar_is_kept_until_its_next_event_ends() {
        List<String> before = summaries(given().when().get(CALENDAR).then().statusCode(200)
                .header("Cache-Control", cacheControl(60, 30)).extract().asByteArray());
        String etag = given().when().get(CALENDAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(CALENDAR).then().statusCode(304);
        assertEquals(List.of("Test event trc-ending", "Test event trc-tomorrow"), before);

        clock.fix(NOW.plusSeconds(90));
        String after = given().header("If-None-Match", etag).when().get(CALENDAR).then().statusCode(200)
                .header("Cache-Control", cacheControl(60, 300)).extract().header("ETag");
        // The event that ended moves from the upcoming ones to the most recent ones, after them.
        assertNotEquals(etag, after);
        assertEquals(List.of("Test event trc-tomorrow", "Test event trc-ending"),
                summaries(given().when().get(CALENDAR).then().statusCode(200).extract().asByteArray()));
    }

    @Test
    void a_calendar_is_kept_until_its_oldest_event_leaves_the_last_twelve_months() {
        fixtures.removeAll(PREFIX + "ending");
        fixtures.removeAll(PREFIX + "tomorrow");
        Instant end = Instant.parse("2025-03-10T10:01:40Z");
        event("last-year", end.minus(Duration.ofHours(2)), end);
        Instant leaves = end.atZone(ZoneId.of("Europe/Brussels")).plusMonths(12).toInstant();
        assertEquals(NOW.plusSeconds(100), leaves);

        given().when().get(CALENDAR).then().statusCode(200).header("Cache-Control", cacheControl(60, 40));
        clock.fix(leaves.minusMillis(500));
        assertEquals(List.of("Test event trc-last-year"), summaries(given().when().get(CALENDAR).then().statusCode(200)
                .header("Cache-Control", cacheControl(0, 0)).extract().asByteArray()));
        clock.fix(leaves);
        assertEquals(List.of(), summaries(given().when().get(CALENDAR).then().statusCode(200)
                .header("Cache-Control", cacheControl(60, 300)).extract().asByteArray()));
    }

    private void event(String slug, Instant startsAt, Instant endsAt) {
        fixtures.event(PREFIX + slug, startsAt, endsAt, PublicationStatus.PUBLISHED, null, List.of(TAG),
                List.of(), null);
    }

    private static String cacheControl(int maxAge, int staleWhileRevalidate) {
        return "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate + ", stale-if-error=86400";
    }

    private static double hits() {
        Matcher hits = HITS.matcher(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
        return hits.find() ? Double.parseDouble(hits.group(1)) : 0;
    }

    private static List<String> summaries(byte[] calendar) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(calendar)).<VEvent>getComponents("VEVENT").stream()
                    .map(entry -> entry.getProperty("SUMMARY").map(Property::getValue).orElseThrow()).toList();
        } catch (Exception e) {
            throw new AssertionError("not an iCalendar document", e);
        }
    }
}
