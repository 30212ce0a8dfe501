package org.cep.content.seeds;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cep.content.events.Attendance;
import org.cep.content.events.DatePrecision;
import org.cep.content.events.Event;
import org.cep.content.events.EventKind;
import org.cep.content.projects.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeds load once, completely, and a mistake in a file stops the load before anything is written. */
@QuarkusTest
class SeedLoaderTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    SeedLoader loader;

    @Inject
    EntityManager em;

    @TempDir
    Path folder;

    @Test
    void the_seeds_were_loaded_at_start_and_a_second_load_changes_nothing() {
        Map<String, Long> before = counts();
        String eventsEtag = given().get("/api/v1/events?size=100").then().statusCode(200).extract().header("ETag");
        assertTrue(before.values().stream().allMatch(n -> n > 0), "every resource has seed content: " + before);

        assertFalse(loader.load(SeedFiles.packaged()), "a second load reports that it loaded nothing");

        assertEquals(before, counts());
        given().get("/api/v1/events?size=100").then().statusCode(200).header("ETag", eventsEtag);
    }

    @Test
    void every_packaged_seed_file_reads_without_a_mistake() {
        SeedReader seeds = SeedReader.read(SeedFiles.packaged(), BRUSSELS);
        assertEquals(counts().get("Event"), (long) seeds.events.size());
        assertEquals(counts().get("NewsItem"), (long) seeds.news.size());
    }

    @Test
    void the_help_in_the_eu_project_holds_its_meeting_and_the_meetings_news_item() {
        SeedReader seeds = SeedReader.read(SeedFiles.packaged(), BRUSSELS);
        Project project = seeds.projects.get("help-in-the-eu");
        assertEquals("HELP in the EU", project.title);
        assertSame(project, seeds.events.get("help-in-the-eu-focal-and-info-points-meeting").project);
        assertSame(project, seeds.news.get("help-in-the-eu-focal-and-info-points-meeting").project);

        given().get("/api/v1/projects/help-in-the-eu").then().statusCode(200)
                .body("events.slug", contains("help-in-the-eu-focal-and-info-points-meeting"))
                .body("news.slug", contains("help-in-the-eu-focal-and-info-points-meeting"));
    }

    /** Events the pages name by month or year only last the whole of that month or year. */
    @Test
    void the_events_named_in_the_pages_are_seeded_with_their_project_or_group() {
        SeedReader seeds = SeedReader.read(SeedFiles.packaged(), BRUSSELS);

        Event firstSeminar = seeds.events.get("first-international-help-project-seminar");
        assertEquals(EventKind.SEMINAR, firstSeminar.kind);
        assertEquals("help-rp-terr-iccm", firstSeminar.project.slug);
        assertWholeDays(firstSeminar, "2020-11-01", "2020-11-30");
        assertEquals(DatePrecision.MONTH, firstSeminar.datePrecision, firstSeminar.slug);

        Event vodcasts = seeds.events.get("vodcast-series-on-deradicalization-and-rehabilitation-in-europe");
        assertEquals(EventKind.WEBINAR, vodcasts.kind);
        assertEquals(Attendance.ONLINE, vodcasts.attendance);
        assertEquals("help-rp-terr-iccm", vodcasts.project.slug);
        assertEquals(List.of("spiros-papadopoulos", "liesbeth-van-der-heide", "tina-mykkanen", "maarten-van-de-donk",
                "marc-hecker", "elvar-jonsson", "pedro-liberado", "torben-adams"),
                vodcasts.speakers.stream().map(person -> person.slug).toList());
        assertWholeDays(vodcasts, "2022-01-01", "2022-12-31");
        assertEquals(DatePrecision.YEAR, vodcasts.datePrecision, vodcasts.slug);

        Event copper = seeds.events.get("copper-final-project-conference");
        assertEquals(EventKind.CONFERENCE, copper.kind);
        assertEquals("copper", copper.project.slug);
        assertWholeDays(copper, "2025-01-01", "2025-12-31");
        assertEquals(DatePrecision.YEAR, copper.datePrecision, copper.slug);

        Event highLevel = seeds.events.get("dg-justice-council-of-europe-high-level-conference-2019");
        assertEquals(EventKind.CONFERENCE, highLevel.kind);
        assertNull(highLevel.project);
        assertWholeDays(highLevel, "2019-04-01", "2019-04-30");
        assertEquals(DatePrecision.MONTH, highLevel.datePrecision, highLevel.slug);

        Event expertMeeting = seeds.events.get("first-expert-group-meeting-on-radicalisation-and-violent-extremism");
        assertEquals(EventKind.MEETING, expertMeeting.kind);
        assertEquals("violent-extremism", expertMeeting.expertGroup.slug);
        assertWholeDays(expertMeeting, "2016-12-01", "2016-12-31");
        assertEquals(DatePrecision.MONTH, expertMeeting.datePrecision, expertMeeting.slug);
    }

    @Test
    void an_event_without_a_title_is_named_with_its_file_and_field() throws IOException {
        copySeeds();
        edit("events.yaml", yaml -> yaml.replaceFirst("(?m)^  title: .*\\n", ""));
        assertRefused("events.yaml", "field 'title' is missing");
    }

    @Test
    void an_unknown_tag_is_named() throws IOException {
        copySeeds();
        edit("news.yaml", yaml -> yaml.replaceFirst("(?m)^  tags: \\[", "  tags: [no-such-tag, "));
        assertRefused("news.yaml", "field 'tags' names tag 'no-such-tag', which the seeds do not define");
    }

    @Test
    void a_speaker_who_does_not_exist_is_named() throws IOException {
        copySeeds();
        edit("events.yaml", yaml -> yaml.replaceFirst("(?m)^  speakers: \\[", "  speakers: [nobody-at-all, "));
        assertRefused("events.yaml", "field 'speakers' names person 'nobody-at-all', which the seeds do not define");
    }

    @Test
    void a_bad_date_is_named() throws IOException {
        copySeeds();
        edit("news.yaml", yaml -> yaml.replaceFirst("(?m)^  publishedAt: .*$", "  publishedAt: 2025-02-30"));
        assertRefused("news.yaml", "field 'publishedAt' is '2025-02-30', not a date");
    }

    @Test
    void a_misspelt_field_is_named() throws IOException {
        copySeeds();
        edit("people.yaml", yaml -> yaml.replaceFirst("(?m)^  givenName:", "  givenname:"));
        assertRefused("people.yaml", "givenname");
    }

    @Test
    void a_missing_file_is_named() throws IOException {
        copySeeds();
        Files.delete(folder.resolve("tags.yaml"));
        assertRefused("tags.yaml", "the file is missing");
    }

    /** Even with the marker gone, a broken load writes nothing, not even the marker. */
    @Test
    void a_refused_load_leaves_the_database_as_it_was() throws IOException {
        copySeeds();
        edit("events.yaml", yaml -> yaml.replaceFirst("(?m)^  kind: .*$", "  kind: party"));
        Map<String, Long> before = counts();
        removeMarker();
        try {
            SeedException refused = assertThrows(SeedException.class, () -> loader.load(SeedFiles.in(folder)));
            assertTrue(refused.getMessage().contains("field 'kind' is 'party'; accepted: seminar"), refused.getMessage());
            assertEquals(before, counts());
            assertEquals(0L, markers());
        } finally {
            restoreMarker();
        }
    }

    private static void assertWholeDays(Event event, String first, String last) {
        ZoneId zone = ZoneId.of(event.timeZone);
        assertTrue(event.allDay, event.slug + " is a whole-day event");
        assertEquals(LocalDate.parse(first).atStartOfDay(zone).toInstant(), event.startsAt, event.slug);
        assertEquals(LocalDate.parse(last).plusDays(1).atStartOfDay(zone).toInstant(), event.endsAt, event.slug);
    }

    private void assertRefused(String file, String expected) {
        Map<String, Long> before = counts();
        SeedException refused = assertThrows(SeedException.class, () -> loader.load(SeedFiles.in(folder)));
        assertTrue(refused.getMessage().contains(file), refused.getMessage());
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertEquals(before, counts());
    }

    private void copySeeds() throws IOException {
        for (String name : SeedFiles.NAMES) {
            try (InputStream in = SeedFiles.packaged().open(name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
    }

    private void edit(String name, UnaryOperator<String> change) throws IOException {
        Path file = folder.resolve(name);
        String before = Files.readString(file);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the test's edit must change " + name);
        Files.writeString(file, after);
    }

    @Transactional
    Map<String, Long> counts() {
        return Map.of("Tag", count("Tag"), "Person", count("Person"), "Project", count("Project"),
                "ExpertGroup", count("ExpertGroup"), "Event", count("Event"), "NewsItem", count("NewsItem"));
    }

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    @Transactional
    long markers() {
        return (Long) em.createNativeQuery("select count(*) from seed_load", Long.class).getSingleResult();
    }

    @Transactional
    void removeMarker() {
        em.createNativeQuery("delete from seed_load").executeUpdate();
    }

    @Transactional
    void restoreMarker() {
        em.createNativeQuery("insert into seed_load (name, loaded_at) values (?1, current_timestamp)")
                .setParameter(1, SeedLoader.MARKER).executeUpdate();
    }
}
