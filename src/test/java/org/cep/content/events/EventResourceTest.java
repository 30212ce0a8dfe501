package org.cep.content.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.TestClock;
import org.cep.content.items.PublicationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Listing and reading events, against CEP's seed content. */
@QuarkusTest
class EventResourceTest {

    static final String COLOGNE = "third-help-project-seminar-cologne";
    static final String FINAL_SEMINAR = "strengthening-eu-criminal-justice-systems-project-impact-and-success-stories";
    static final String BARCELONA = "seminar-on-deradicalization-and-rehabilitation";
    static final String VIENNA_CONFERENCE = "cep-international-conference-on-gender-based-violence-in-probation-challenges-and-lessons-learned";
    static final String GENERAL_ASSEMBLY = "15th-cep-general-assembly";
    static final String CHAIRS_MEETING = "first-face-to-face-meeting-of-the-expert-group-chairs";
    static final String WORKSHOP = "expert-workshop-on-framework-decision-2008-jha-947-and-2009-jha-829";
    static final String TRAINING_SCHOOL = "international-training-school-on-core-correctional-skills-2025";
    static final String FIRST_SEMINAR = "first-international-help-project-seminar";
    static final String VODCASTS = "vodcast-series-on-deradicalization-and-rehabilitation-in-europe";
    static final String COPPER_CONFERENCE = "copper-final-project-conference";
    static final String FIRST_EXPERT_MEETING = "first-expert-group-meeting-on-radicalisation-and-violent-extremism";

    @Inject
    TestClock clock;

    @Inject
    ContentFixtures fixtures;

    @AfterEach
    void cleanUp() {
        clock.reset();
        fixtures.removeAll("test-");
    }

    @Test
    void lists_all_events_soonest_first_in_the_envelope() {
        given().when().get("/api/v1/events")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("page.number", equalTo(1))
                .body("page.size", equalTo(20))
                .body("page.totalItems", equalTo(17))
                .body("page.totalPages", equalTo(1))
                .body("items[0].slug", equalTo(FIRST_EXPERT_MEETING))
                .body("items[16].slug", equalTo(CHAIRS_MEETING));
    }

    @Test
    void a_year_range_lists_exactly_the_events_of_that_year() {
        // The vodcast series is known by its year only, so it spans all of 2022 and overlaps every range within it.
        given().queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(VODCASTS, COLOGNE, FINAL_SEMINAR));
    }

    @Test
    void a_range_includes_events_on_its_first_and_last_day() {
        given().queryParam("from", "2022-03-30").queryParam("to", "2022-05-12")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(VODCASTS, COLOGNE, FINAL_SEMINAR));
        given().queryParam("from", "2022-03-31").queryParam("to", "2022-05-11")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(VODCASTS))
                .body("page.totalItems", equalTo(1));
    }

    @Test
    void a_range_matches_events_whose_span_overlaps_it() {
        given().queryParam("from", "2025-10-02").queryParam("to", "2025-10-02")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(COPPER_CONFERENCE, TRAINING_SCHOOL));
        given().queryParam("to", "2018-03-15")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(FIRST_EXPERT_MEETING, "first-help-radicalisation-prevention-seminar"));
    }

    @Test
    void a_date_time_bound_is_read_with_its_own_offset() {
        // The Cologne seminar lasts all of 30 March 2022 in Cologne, that is until 22:00 UTC.
        given().queryParam("from", "2022-03-30T21:59:00Z").queryParam("to", "2022-04-30T00:00:00Z")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(VODCASTS, COLOGNE));
        given().queryParam("from", "2022-03-31T00:00:00+02:00").queryParam("to", "2022-04-30T00:00:00Z")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(VODCASTS));
    }

    @Test
    void filters_by_any_of_several_tags_or_by_all_of_them() {
        given().queryParam("tag", "cep-events")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(VIENNA_CONFERENCE, GENERAL_ASSEMBLY, CHAIRS_MEETING));
        given().queryParam("tag", "cep-events", "framework-decisions")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(WORKSHOP, VIENNA_CONFERENCE, GENERAL_ASSEMBLY, CHAIRS_MEETING));
        given().queryParam("tag", "cep-events", "cep-board").queryParam("tagMatch", "all")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(GENERAL_ASSEMBLY));
    }

    @Test
    void upcoming_lists_events_not_yet_ended_and_past_the_others() {
        // The CoPPer conference is known by its year only, so it lasts until the end of 2025.
        clock.fix(Instant.parse("2025-10-15T12:00:00Z"));
        given().queryParam("upcoming", "true")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(COPPER_CONFERENCE, VIENNA_CONFERENCE, GENERAL_ASSEMBLY, CHAIRS_MEETING));
        given().queryParam("past", "true").queryParam("sort", "-startsAt").queryParam("size", 2)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("page.totalItems", equalTo(13))
                .body("items.slug", contains(TRAINING_SCHOOL, WORKSHOP));
    }

    @Test
    void an_event_ends_at_the_end_of_its_last_day_in_its_own_time_zone() {
        // The General Assembly is on 15 October 2025 in Vienna: it has ended at midnight Vienna time, 22:00 UTC.
        clock.fix(Instant.parse("2025-10-15T21:59:59Z"));
        given().queryParam("upcoming", "true").when().get("/api/v1/events")
                .then().body("items.slug", hasItem(GENERAL_ASSEMBLY));
        clock.fix(Instant.parse("2025-10-15T22:00:00Z"));
        given().queryParam("upcoming", "true").when().get("/api/v1/events")
                .then().body("items.slug", not(hasItem(GENERAL_ASSEMBLY)));
    }

    @Test
    void searches_title_summary_and_body_ignoring_case_and_accents() {
        given().queryParam("q", "COLOGNE")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(COLOGNE));
        given().queryParam("q", "gender-based violence")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(VIENNA_CONFERENCE, GENERAL_ASSEMBLY));
        given().queryParam("q", "orell")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", containsInAnyOrder(BARCELONA, VODCASTS));
        given().queryParam("q", "nothing-matches-this")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void filters_of_its_own_combine_with_and() {
        given().queryParam("kind", "workshop").when().get("/api/v1/events")
                .then().statusCode(200).body("items.slug", contains(WORKSHOP));
        given().queryParam("country", "AT").when().get("/api/v1/events")
                .then().statusCode(200).body("items.slug", contains(VIENNA_CONFERENCE, GENERAL_ASSEMBLY));
        given().queryParam("country", "AT").queryParam("kind", "general-assembly").when().get("/api/v1/events")
                .then().statusCode(200).body("items.slug", contains(GENERAL_ASSEMBLY));
        given().queryParam("speaker", "robert-orell").when().get("/api/v1/events")
                .then().statusCode(200).body("items.slug", contains(BARCELONA));
        given().queryParam("project", "help-rp-terr-iccm").when().get("/api/v1/events")
                .then().statusCode(200).body("items.slug", contains(FIRST_SEMINAR, BARCELONA, VODCASTS, COLOGNE, FINAL_SEMINAR));
        given().queryParam("attendance", "online").when().get("/api/v1/events")
                .then().statusCode(200).body("items.slug", contains(FIRST_SEMINAR, VODCASTS));
    }

    @Test
    void sorts_by_a_documented_field_in_either_direction() {
        given().queryParam("sort", "-startsAt").queryParam("size", 3).when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains(CHAIRS_MEETING, GENERAL_ASSEMBLY, VIENNA_CONFERENCE));
        given().queryParam("sort", "title").queryParam("size", 2).when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.title", contains("15th CEP General Assembly",
                        "CEP International Conference on Gender-Based Violence in Probation: Challenges and Lessons Learned"));
    }

    @Test
    void pages_carry_links_with_the_same_query() {
        given().queryParam("size", 5).queryParam("page", 4).queryParam("tag", "violent-extremism", "cep-events")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("page.number", equalTo(4))
                .body("page.totalItems", equalTo(12))
                .body("page.totalPages", equalTo(3))
                .body("items", empty());
        given().queryParam("size", 5).queryParam("page", 2)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.slug", contains("help-in-the-eu-focal-and-info-points-meeting", FIRST_SEMINAR, BARCELONA,
                        VODCASTS, COLOGNE))
                .header("Link", allOf(
                        containsString("/api/v1/events?size=5&page=1>; rel=\"first\""),
                        containsString("/api/v1/events?size=5&page=1>; rel=\"prev\""),
                        containsString("/api/v1/events?size=5&page=3>; rel=\"next\""),
                        containsString("/api/v1/events?size=5&page=4>; rel=\"last\"")));
    }

    @Test
    void an_event_shows_its_time_zone_place_project_tags_and_speakers() {
        given().when().get("/api/v1/events/" + COLOGNE)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("title", equalTo("Third HELP Project Seminar, Cologne"))
                .body("kind", equalTo("seminar"))
                .body("startsAt", equalTo("2022-03-30T00:00:00+02:00"))
                .body("endsAt", equalTo("2022-03-31T00:00:00+02:00"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("allDay", equalTo(true))
                .body("location.city", equalTo("Cologne"))
                .body("location.country", equalTo("DE"))
                .body("attendance", equalTo("in-person"))
                .body("eventStatus", equalTo("scheduled"))
                .body("project.slug", equalTo("help-rp-terr-iccm"))
                .body("project.acronym", equalTo("HELP RP-TERR-ICCM"))
                .body("project.url", equalTo("/api/v1/projects/help-rp-terr-iccm"))
                .body("tags.slug", contains("violent-extremism"))
                .body("body.html", containsString("<p>On 30 March 2022 CEP organized its third seminar"))
                .body("url", equalTo("/api/v1/events/" + COLOGNE));
        given().when().get("/api/v1/events/" + BARCELONA)
                .then().statusCode(200)
                .body("speakers.name", contains("Robert Örell", "Saray Valdivieso", "Ioan Durnescu", "Eva Massa Arranz"))
                .body("speakers[0].url", equalTo("/api/v1/people/robert-orell"));
    }

    @Test
    void drafts_and_items_scheduled_for_later_are_not_shown() {
        Instant start = Instant.parse("2030-06-01T08:00:00Z");
        fixtures.event("test-draft", start, start.plusSeconds(3600), PublicationStatus.DRAFT, null,
                List.of(), List.of(), null);
        fixtures.event("test-scheduled", start, start.plusSeconds(3600), PublicationStatus.PUBLISHED,
                Instant.parse("2030-01-01T00:00:00Z"), List.of(), List.of(), null);
        clock.fix(Instant.parse("2029-12-31T23:59:59Z"));

        given().when().get("/api/v1/events/test-draft").then().statusCode(404);
        given().when().get("/api/v1/events/test-scheduled").then().statusCode(404);
        given().queryParam("from", "2030-06-01").when().get("/api/v1/events")
                .then().statusCode(200).body("items", empty());

        clock.fix(Instant.parse("2030-01-01T00:00:00Z"));
        given().when().get("/api/v1/events/test-scheduled").then().statusCode(200);
        given().queryParam("from", "2030-06-01").when().get("/api/v1/events")
                .then().statusCode(200).body("items.slug", contains("test-scheduled"))
                .body("items.slug", everyItem(not(equalTo("test-draft"))));
    }

    @Test
    void an_unknown_slug_is_a_404_problem() {
        given().when().get("/api/v1/events/no-such-event")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-event"))
                .body("instance", equalTo("/api/v1/events/no-such-event"));
    }
}
