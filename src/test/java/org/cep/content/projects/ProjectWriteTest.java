package org.cep.content.projects;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cep.content.Writes.create;
import static org.cep.content.Writes.editor;
import static org.cep.content.Writes.etag;
import static org.cep.content.Writes.refused;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Projects are written with an editor's token; a project ends no earlier than it starts, and deleting one leaves its events and news. */
@QuarkusTest
class ProjectWriteTest {

    private static final String PREFIX = "prt-";

    @Inject
    ContentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "tag", "PRT tag");
        fixtures.person(PREFIX + "first", "Fiona", "First");
        fixtures.person(PREFIX + "second", "Sam", "Second");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    static Map<String, Object> body(String slug) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "title", "A project", "acronym", "PRT",
                "summary", "What it does.", "body", "It *does* things.", "startDate", "2030-01-01", "endDate", "2031-12-31",
                "state", "ongoing", "website", "https://example.org/project", "status", "published"));
        body.put("funders", List.of("European Union", "A foundation"));
        body.put("partners", List.of("A university"));
        body.put("objectives", List.of("To do things"));
        body.put("targetGroups", List.of("Probation officers"));
        body.put("activities", List.of("Seminars"));
        body.put("people", List.of(PREFIX + "second", PREFIX + "first"));
        body.put("tags", List.of(PREFIX + "tag"));
        return body;
    }

    @Test
    void an_editor_creates_a_project_and_its_etag_is_the_one_a_get_gives() {
        Response created = editor().contentType(ContentType.JSON).body(body(PREFIX + "new"))
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/projects/" + PREFIX + "new"))
                .header("ETag", notNullValue())
                .body("people.slug", contains(PREFIX + "second", PREFIX + "first"))
                .body("funders", contains("European Union", "A foundation"))
                .extract().response();
        given().when().get("/api/v1/projects/" + PREFIX + "new")
                .then().statusCode(200).header("ETag", equalTo(created.header("ETag")))
                .body("startDate", equalTo("2030-01-01")).body("endDate", equalTo("2031-12-31"))
                .body("body.html", containsString("<em>does</em>"));
    }

    @Test
    void a_project_may_end_on_the_day_it_starts_but_not_the_day_before() {
        Map<String, Object> oneDay = body(PREFIX + "one-day");
        oneDay.put("endDate", "2030-01-01");
        create("projects", oneDay);
        given().when().get("/api/v1/projects/" + PREFIX + "one-day").then().statusCode(200)
                .body("startDate", equalTo("2030-01-01")).body("endDate", equalTo("2030-01-01"));

        Map<String, Object> backwards = body(PREFIX + "backwards");
        backwards.put("endDate", "2029-12-31");
        editor().contentType(ContentType.JSON).body(backwards).when().post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("endDate")).body("errors[0].reason", containsString("2030-01-01"));
        editor().when().get("/api/v1/projects/" + PREFIX + "backwards").then().statusCode(404);
    }

    @Test
    void deleting_a_project_leaves_its_events_and_news_readable_without_it() {
        create("projects", body(PREFIX + "gone"));
        create("projects", body(PREFIX + "kept"));
        Map<String, Object> event = new HashMap<>(Map.of("slug", PREFIX + "event", "title", "PRT event", "kind", "webinar",
                "status", "published", "startsAt", "2030-01-01T10:00:00Z", "endsAt", "2030-01-01T11:00:00Z", "timeZone", "UTC",
                "attendance", "online", "speakers", List.of(PREFIX + "first"), "tags", List.of(PREFIX + "tag")));
        event.put("project", PREFIX + "gone");
        create("events", event);
        create("news", new HashMap<>(Map.of("slug", PREFIX + "news", "title", "PRT news", "status", "published",
                "project", PREFIX + "gone", "author", PREFIX + "second", "tags", List.of(PREFIX + "tag"))));
        create("news", new HashMap<>(Map.of("slug", PREFIX + "other-news", "title", "PRT other news", "status", "published",
                "project", PREFIX + "kept")));
        String eventPath = "/api/v1/events/" + PREFIX + "event";
        String newsPath = "/api/v1/news/" + PREFIX + "news";
        String eventBefore = etag(eventPath);
        String newsBefore = etag(newsPath);

        editor().header("If-Match", etag("/api/v1/projects/" + PREFIX + "gone"))
                .when().delete("/api/v1/projects/" + PREFIX + "gone").then().statusCode(204);

        editor().when().get("/api/v1/projects/" + PREFIX + "gone").then().statusCode(404);
        given().when().get(eventPath).then().statusCode(200)
                .header("ETag", not(equalTo(eventBefore)))
                .body("project", nullValue())
                .body("title", equalTo("PRT event"))
                .body("speakers.slug", contains(PREFIX + "first"))
                .body("tags.slug", contains(PREFIX + "tag"));
        given().when().get(newsPath).then().statusCode(200)
                .header("ETag", not(equalTo(newsBefore)))
                .body("project", nullValue())
                .body("author.slug", equalTo(PREFIX + "second"))
                .body("tags.slug", contains(PREFIX + "tag"));
        given().when().get("/api/v1/news/" + PREFIX + "other-news").then().statusCode(200)
                .body("project.slug", equalTo(PREFIX + "kept"));
        given().when().get("/api/v1/projects/" + PREFIX + "kept").then().statusCode(200)
                .body("news.slug", contains(PREFIX + "other-news")).body("events", empty());
        given().when().get("/api/v1/people/" + PREFIX + "first").then().statusCode(200);
        given().when().get("/api/v1/tags/" + PREFIX + "tag").then().statusCode(200)
                .body("counts.projects", equalTo(1)).body("counts.events", equalTo(1)).body("counts.news", equalTo(1));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("slug", PREFIX + "ends-with-", "slug"),
                Arguments.of("slug", PREFIX + "Capital", "slug"),
                Arguments.of("title", null, "title"),
                Arguments.of("title", " ", "title"),
                Arguments.of("acronym", "x".repeat(101), "acronym"),
                Arguments.of("summary", "x".repeat(4001), "summary"),
                Arguments.of("body", "x".repeat(100_001), "body"),
                Arguments.of("startDate", "soon", "startDate"),
                Arguments.of("endDate", "2029-12-31", "endDate"),
                Arguments.of("state", null, "state"),
                Arguments.of("state", "paused", "state"),
                Arguments.of("website", "ftp://example.org/project", "website"),
                Arguments.of("website", "example.org", "website"),
                Arguments.of("funders", List.of("European Union", " "), "funders[1]"),
                Arguments.of("partners", List.of("x".repeat(501)), "partners[0]"),
                Arguments.of("objectives", List.of(""), "objectives[0]"),
                Arguments.of("targetGroups", List.of("x".repeat(4001)), "targetGroups[0]"),
                Arguments.of("activities", List.of("Seminars", ""), "activities[1]"),
                Arguments.of("people", List.of(PREFIX + "first", PREFIX + "nobody"), "people[1]"),
                Arguments.of("people", Arrays.asList(PREFIX + "first", null), "people[1]"),
                Arguments.of("tags", List.of(PREFIX + "no-such-tag"), "tags[0]"),
                Arguments.of("tags", Arrays.asList((String) null), "tags[0]"),
                Arguments.of("status", null, "status"),
                Arguments.of("publishedAt", "tomorrow", "publishedAt"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidFields")
    void an_invalid_field_is_400_naming_it_and_nothing_is_stored(String field, Object value, String named) {
        Map<String, Object> body = body(PREFIX + "invalid");
        body.put(field, value);
        refused("projects", body, named);
    }

    @Test
    void a_failed_replace_leaves_the_project_as_it_was() {
        String etag = create("projects", body(PREFIX + "unchanged"));
        Map<String, Object> bad = body(PREFIX + "unchanged");
        bad.put("title", "Changed");
        bad.put("people", List.of(PREFIX + "first", PREFIX + "nobody"));
        bad.put("funders", List.of("Someone else"));
        editor().header("If-Match", etag).contentType(ContentType.JSON).body(bad)
                .when().put("/api/v1/projects/" + PREFIX + "unchanged")
                .then().statusCode(400).body("errors.name", contains("people[1]"));
        given().when().get("/api/v1/projects/" + PREFIX + "unchanged").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("title", equalTo("A project"))
                .body("people.slug", contains(PREFIX + "second", PREFIX + "first"))
                .body("funders", contains("European Union", "A foundation"));
    }
}
