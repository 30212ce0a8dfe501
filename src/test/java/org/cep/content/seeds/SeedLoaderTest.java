package org.cep.content.seeds;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cep.content.events.Attendance;
import org.cep.content.events.DatePrecision;
import org.cep.content.events.Event;
import org.cep.content.events.EventInput;
import org.cep.content.events.EventKind;
import org.cep.content.news.NewsInput;
import org.cep.content.news.NewsItem;
import org.cep.content.projects.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeds load once, completely, through the API's writers, and a file that cannot be read stops the load before
 * anything is written. {@link SeedRefusalsTest} has the mistakes only the writers find.
 */
@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Inject
    SeedReader reader;

    @Inject
    Stored stored;

    @Inject
    EntityManager em;

    @TempDir
    Path folder;

    @Test
    void the_seeds_were_loaded_at_start_and_a_second_load_changes_nothing() {
        Map<String, Long> before = stored.counts();
        String eventsEtag = given().get("/api/v1/events?size=100").then().statusCode(200).extract().header("ETag");
        assertTrue(before.values().stream().allMatch(n -> n > 0), "every resource has seed content: " + before);

        assertFalse(loader.load(SeedFiles.packaged()), "a second load reports that it loaded nothing");

        assertEquals(before, stored.counts());
        given().get("/api/v1/events?size=100").then().statusCode(200).header("ETag", eventsEtag);
    }

    @Test
    void every_packaged_seed_file_reads_without_a_mistake() {
        List<Seeds.Seed<?>> seeds = reader.read(SeedFiles.packaged());
        assertEquals(stored.counts().get("Event"), seeds.stream().filter(seed -> seed.input() instanceof EventInput).count());
        assertEquals(stored.counts().get("NewsItem"), seeds.stream().filter(seed -> seed.input() instanceof NewsInput).count());
    }

    @Test
    void the_change_log_says_the_seeds_wrote_each_seed_item() {
        assertEquals(reader.read(SeedFiles.packaged()).size(), stored.changesBy(SeedLoader.ACTOR));
    }

    @Test
    @Transactional
    void the_help_in_the_eu_project_holds_its_meeting_and_the_meetings_news_item() {
        Project project = find(Project.class, "help-in-the-eu");
        assertEquals("HELP in the EU", project.title);
        assertSame(project, find(Event.class, "help-in-the-eu-focal-and-info-points-meeting").project);
        assertSame(project, find(NewsItem.class, "help-in-the-eu-focal-and-info-points-meeting").project);

        given().get("/api/v1/projects/help-in-the-eu").then().statusCode(200)
                .body("events.slug", contains("help-in-the-eu-focal-and-info-points-meeting"))
                .body("news.slug", contains("help-in-the-eu-focal-and-info-points-meeting"));
    }

    /** Events the pages name by month or year only last the whole of that month or year. */
    @Test
    @Transactional
    void the_events_named_in_the_pages_are_seeded_with_their_project_or_group() {
        Event firstSeminar = find(Event.class, "first-international-help-project-seminar");
        assertEquals(EventKind.SEMINAR, firstSeminar.kind);
        assertEquals("help-rp-terr-iccm", firstSeminar.project.slug);
        assertWholeDays(firstSeminar, "2020-11-01", "2020-11-30");
        assertEquals(DatePrecision.MONTH, firstSeminar.datePrecision, firstSeminar.slug);

        Event vodcasts = find(Event.class, "vodcast-series-on-deradicalization-and-rehabilitation-in-europe");
        assertEquals(EventKind.WEBINAR, vodcasts.kind);
        assertEquals(Attendance.ONLINE, vodcasts.attendance);
        assertEquals("help-rp-terr-iccm", vodcasts.project.slug);
        assertEquals(List.of("spiros-papadopoulos", "liesbeth-van-der-heide", "tina-mykkanen", "maarten-van-de-donk",
                "marc-hecker", "elvar-jonsson", "pedro-liberado", "torben-adams"),
                vodcasts.speakers.stream().map(person -> person.slug).toList());
        assertWholeDays(vodcasts, "2022-01-01", "2022-12-31");
        assertEquals(DatePrecision.YEAR, vodcasts.datePrecision, vodcasts.slug);

        Event copper = find(Event.class, "copper-final-project-conference");
        assertEquals(EventKind.CONFERENCE, copper.kind);
        assertEquals("copper", copper.project.slug);
        assertWholeDays(copper, "2025-01-01", "2025-12-31");
        assertEquals(DatePrecision.YEAR, copper.datePrecision, copper.slug);

        Event highLevel = find(Event.class, "dg-justice-council-of-europe-high-level-conference-2019");
        assertEquals(EventKind.CONFERENCE, highLevel.kind);
        assertNull(highLevel.project);
        assertWholeDays(highLevel, "2019-04-01", "2019-04-30");
        assertEquals(DatePrecision.MONTH, highLevel.datePrecision, highLevel.slug);

        Event expertMeeting = find(Event.class, "first-expert-group-meeting-on-radicalisation-and-violent-extremism");
        assertEquals(EventKind.MEETING, expertMeeting.kind);
        assertEquals("violent-extremism", expertMeeting.expertGroup.slug);
        assertWholeDays(expertMeeting, "2016-12-01", "2016-12-31");
        assertEquals(DatePrecision.MONTH, expertMeeting.datePrecision, expertMeeting.slug);
    }

    @Test
    void a_bad_date_is_named() throws IOException {
        SeedFolder.copyPackaged(folder);
        SeedFolder.edit(folder, "news.yaml", yaml -> yaml.replaceFirst("(?m)^  publishedAt: .*$", "  publishedAt: 2025-02-30"));
        assertRefused("news.yaml", "'cep-presents-the-four-winners-of-the-cep-awards-2025': field 'publishedAt': '2025-02-30' is not a date");
    }

    @Test
    void a_misspelt_field_is_named() throws IOException {
        SeedFolder.copyPackaged(folder);
        SeedFolder.edit(folder, "people.yaml", yaml -> yaml.replaceFirst("(?m)^  givenName:", "  givenname:"));
        assertRefused("people.yaml", "'robert-orell': field 'givenname': unknown property");
    }

    @Test
    void a_missing_file_is_named() throws IOException {
        SeedFolder.copyPackaged(folder);
        Files.delete(folder.resolve("tags.yaml"));
        assertRefused("tags.yaml", "the file is missing");
    }

    /** Even with the marker gone, a broken load writes nothing, not even the marker. */
    @Test
    void a_refused_load_leaves_the_database_as_it_was() throws IOException {
        SeedFolder.copyPackaged(folder);
        SeedFolder.edit(folder, "events.yaml", yaml -> yaml.replaceFirst("(?m)^  kind: .*$", "  kind: party"));
        Map<String, Long> before = stored.counts();
        stored.removeMarker();
        try {
            SeedException refused = assertThrows(SeedException.class, () -> loader.load(SeedFiles.in(folder)));
            assertTrue(refused.getMessage().contains("field 'kind': unknown value; accepted: seminar"), refused.getMessage());
            assertEquals(before, stored.counts());
            assertEquals(0L, stored.markers());
        } finally {
            stored.restoreMarker();
        }
    }

    private <T> T find(Class<T> type, String slug) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.slug = :slug", type)
                .setParameter("slug", slug).getSingleResult();
    }

    private static void assertWholeDays(Event event, String first, String last) {
        ZoneId zone = ZoneId.of(event.timeZone);
        assertTrue(event.allDay, event.slug + " is a whole-day event");
        assertEquals(LocalDate.parse(first).atStartOfDay(zone).toInstant(), event.startsAt, event.slug);
        assertEquals(LocalDate.parse(last).plusDays(1).atStartOfDay(zone).toInstant(), event.endsAt, event.slug);
    }

    private void assertRefused(String file, String expected) {
        Map<String, Long> before = stored.counts();
        SeedException refused = assertThrows(SeedException.class, () -> loader.load(SeedFiles.in(folder)));
        assertTrue(refused.getMessage().contains(file + ": "), refused.getMessage());
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertEquals(before, stored.counts());
    }
}
