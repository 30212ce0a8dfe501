package org.cep.content.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.Tokens;
import org.cep.content.media.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** {@code GET /api/v1/search}: one ranked list across the collections, with facets that each leave out their own filter. */
@QuarkusTest
class SiteSearchTest {

    private static final String PREFIX = "sst-";
    private static final String WORD = "quorvex";
    private static final String SEARCH = "/api/v1/search";

    @Inject
    ContentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "a", "SST a");
        fixtures.tag(PREFIX + "b", "SST b");
        // 23:30 on New Year's Eve in UTC is already 2027 in Brussels, the site's time zone.
        create("events", Map.of("slug", PREFIX + "gala", "title", "Quorvex gala", "kind", "conference",
                "startsAt", "2026-12-31T23:30:00Z", "endsAt", "2027-01-01T02:00:00Z", "timeZone", "Europe/Brussels",
                "location", Map.of("city", "Brussels", "country", "BE"), "attendance", "in-person", "tags", List.of(PREFIX + "a")));
        create("people", Map.of("slug", PREFIX + "person", "givenName", "Quorvex", "familyName", "Ümlaut",
                "tags", List.of(PREFIX + "b")));
        create("news", Map.of("slug", PREFIX + "note", "title", "Annual note", "summary", "A " + WORD + " summary.",
                "body", "Plain words.", "publishedAt", "2025-03-01T10:00:00Z", "tags", List.of(PREFIX + "a", PREFIX + "b")));
        create("projects", Map.of("slug", PREFIX + "project", "title", "A project", "summary", "What it does.",
                "body", "The " + WORD + " method, applied.", "startDate", "2025-05-01", "state", "ongoing"));
        Map<String, Object> draft = new HashMap<>(Map.of("slug", PREFIX + "draft", "title", "Quorvex draft", "summary", "Not yet."));
        draft.put("status", "draft");
        create("news", draft);
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    private static void create(String collection, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("status", "published"));
        body.putAll(fields);
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/" + collection).then().statusCode(201);
    }

    @Test
    void hits_from_every_collection_come_best_first_and_drafts_stay_out() {
        given().queryParam("q", WORD).when().get(SEARCH).then().statusCode(200)
                // Two title hits (tied: events before people), then a summary hit, then a body hit.
                .body("items.slug", contains(PREFIX + "gala", PREFIX + "person", PREFIX + "note", PREFIX + "project"))
                .body("items.type", contains("events", "people", "news", "projects"))
                .body("items.title", contains("Quorvex gala", "Quorvex Ümlaut", "Annual note", "A project"))
                .body("items.year", contains(2027, null, 2025, 2025))
                .body("items[0].url", endsWith("/api/v1/events/" + PREFIX + "gala"))
                .body("items[2].snippet", equalTo("A <mark>" + WORD + "</mark> summary."))
                .body("page.totalItems", equalTo(4)).body("page.totalPages", equalTo(1));
    }

    @Test
    void a_document_without_alternative_text_is_titled_by_its_caption() {
        given().header("Authorization", Tokens.editor()).multiPart("file", "leaflet.pdf", TestImages.pdf(), "application/pdf")
                .multiPart("slug", PREFIX + "leaflet").multiPart("caption", "The zembrol leaflet")
                .when().post("/api/v1/media").then().statusCode(201);
        given().queryParam("q", "zembrol").when().get(SEARCH).then().statusCode(200)
                .body("items.type", contains("media")).body("items[0].title", equalTo("The zembrol leaflet"))
                .body("items[0].url", endsWith("/api/v1/media/" + PREFIX + "leaflet"))
                .body("facets.types.count", contains(0, 0, 1, 0, 0, 0)).body("facets.years", empty());
    }

    @Test
    void facets_count_the_matches_by_collection_tag_and_year() {
        given().queryParam("q", WORD).when().get(SEARCH).then().statusCode(200)
                .body("facets.types.type", contains("events", "expert-groups", "media", "news", "people", "projects"))
                .body("facets.types.count", contains(1, 0, 0, 1, 1, 1))
                .body("facets.tags.tag", contains(PREFIX + "a", PREFIX + "b"))
                .body("facets.tags.count", contains(2, 2))
                .body("facets.years.year", contains(2027, 2025))
                .body("facets.years.count", contains(1, 2));
    }

    @Test
    void each_facet_applies_every_filter_but_its_own() {
        given().queryParam("q", WORD).queryParam("type", "news").queryParam("type", "people").when().get(SEARCH).then()
                .statusCode(200).body("items.slug", contains(PREFIX + "person", PREFIX + "note"))
                .body("facets.types.count", contains(1, 0, 0, 1, 1, 1))
                .body("facets.tags.tag", contains(PREFIX + "b", PREFIX + "a")).body("facets.tags.count", contains(2, 1))
                .body("facets.years.year", contains(2025));
        given().queryParam("q", WORD).queryParam("tag", PREFIX + "a").when().get(SEARCH).then().statusCode(200)
                .body("items.slug", contains(PREFIX + "gala", PREFIX + "note"))
                .body("facets.types.count", contains(1, 0, 0, 1, 0, 0))
                .body("facets.tags.count", contains(2, 2))
                .body("facets.years.year", contains(2027, 2025)).body("facets.years.count", contains(1, 1));
        given().queryParam("q", WORD).queryParam("year", "2025").when().get(SEARCH).then().statusCode(200)
                .body("items.slug", contains(PREFIX + "note", PREFIX + "project"))
                .body("facets.types.count", contains(0, 0, 0, 1, 0, 1))
                .body("facets.years.year", contains(2027, 2025)).body("facets.years.count", contains(1, 2));
        given().queryParam("q", WORD).queryParam("tag", PREFIX + "a").queryParam("tag", PREFIX + "b").queryParam("tagMatch", "all")
                .when().get(SEARCH).then().statusCode(200).body("items.slug", contains(PREFIX + "note"));
    }

    @Test
    void a_year_is_read_in_the_site_time_zone() {
        given().queryParam("q", WORD).queryParam("year", "2027").when().get(SEARCH).then().statusCode(200)
                .body("items.slug", contains(PREFIX + "gala"));
        given().queryParam("q", WORD).queryParam("year", "2026").when().get(SEARCH).then().statusCode(200)
                .body("items", empty()).body("page.totalItems", equalTo(0)).body("page.totalPages", equalTo(0));
    }

    @Test
    void pages_follow_one_another_with_links() {
        given().queryParam("q", WORD).queryParam("size", "1").queryParam("page", "2").when().get(SEARCH).then().statusCode(200)
                .body("items.slug", contains(PREFIX + "person"))
                .body("page.number", equalTo(2)).body("page.totalItems", equalTo(4)).body("page.totalPages", equalTo(4))
                .header("Link", containsString("page=3>; rel=\"next\"")).header("Link", containsString("page=4>; rel=\"last\""));
        given().queryParam("q", WORD).queryParam("size", "1").queryParam("page", "4").when().get(SEARCH).then()
                .body("items.slug", contains(PREFIX + "project"));
    }

    @Test
    void phrases_and_exclusions_work_as_on_a_collection() {
        given().queryParam("q", WORD + " -gala").when().get(SEARCH).then().statusCode(200)
                .body("items.slug", contains(PREFIX + "person", PREFIX + "note", PREFIX + "project"));
        given().queryParam("q", "\"" + WORD + " method\"").when().get(SEARCH).then().statusCode(200)
                .body("items.slug", contains(PREFIX + "project"));
    }

    @Test
    void bad_input_is_a_400_that_names_the_parameter() {
        given().when().get(SEARCH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("q")).body("errors[0].reason", containsString("required"));
        given().queryParam("q", "!!").when().get(SEARCH).then().statusCode(400).body("errors[0].name", equalTo("q"));
        given().queryParam("q", WORD).queryParam("type", "tags").when().get(SEARCH).then().statusCode(400)
                .body("errors[0].name", equalTo("type"))
                .body("errors[0].reason", containsString("accepted: events, expert-groups, media, news, people, projects"));
        given().queryParam("q", WORD).queryParam("year", "last").when().get(SEARCH).then().statusCode(400)
                .body("errors[0].name", equalTo("year"));
        given().queryParam("q", WORD).queryParam("tag", "Not A Slug").when().get(SEARCH).then().statusCode(400)
                .body("errors[0].name", equalTo("tag"));
        given().queryParam("q", WORD).queryParam("page", "51").when().get(SEARCH).then().statusCode(400)
                .body("errors[0].name", equalTo("page")).body("errors[0].reason", containsString("at most page=50"));
        given().queryParam("q", WORD).queryParam("sort", "title").when().get(SEARCH).then().statusCode(400)
                .body("errors[0].name", equalTo("sort"));
    }

    @Test
    void an_answer_is_revalidated_by_etag_and_a_change_shows() {
        String etag = given().queryParam("q", WORD).when().get(SEARCH).then().statusCode(200).extract().header("ETag");
        given().queryParam("q", WORD).header("If-None-Match", etag).when().get(SEARCH).then().statusCode(304);
        given().header("Authorization", Tokens.editor()).contentType("application/merge-patch+json")
                .header("If-Match", given().header("Authorization", Tokens.editor()).when().get("/api/v1/news/" + PREFIX + "draft")
                        .then().statusCode(200).extract().header("ETag"))
                .body(Map.of("status", "published")).when().patch("/api/v1/news/" + PREFIX + "draft").then().statusCode(200);
        given().queryParam("q", WORD).header("If-None-Match", etag).when().get(SEARCH).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("page.totalItems", equalTo(5))
                // Its title hit ties with the other two, and news come between events and people.
                .body("items.slug", contains(PREFIX + "gala", PREFIX + "draft", PREFIX + "person", PREFIX + "note", PREFIX + "project"));
    }
}
