package org.cep.content.items;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.TestClock;
import org.cep.content.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Who may write and see what, conditional writes, scheduled publishing, renames and the feed of changes. */
@QuarkusTest
class WritingTest {

    private static final String PREFIX = "wrt-";

    @Inject
    ContentFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "tag", "WRT tag");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        fixtures.removeAll(PREFIX);
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", Tokens.editor());
    }

    private static Map<String, Object> person(String slug, String status, Instant publishedAt) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("slug", slug, "givenName", "Wanda", "familyName", "Writer",
                "status", status, "tags", java.util.List.of(PREFIX + "tag")));
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt.toString());
        }
        return body;
    }

    private static String create(String resource, Object body) {
        return editor().contentType(ContentType.JSON).body(body).when().post("/api/v1/" + resource)
                .then().statusCode(201).extract().header("ETag");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"events", "news", "people", "projects", "expert-groups", "tags"})
    void without_a_token_every_write_is_401_with_a_challenge(String resource) {
        String collection = "/api/v1/" + resource;
        given().contentType(ContentType.JSON).body("{}").when().post(collection)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().contentType(ContentType.JSON).header("If-Match", "\"x\"").body("{}").when().put(collection + "/any")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/merge-patch+json").header("If-Match", "\"x\"").body("{}").when().patch(collection + "/any")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("If-Match", "\"x\"").when().delete(collection + "/any")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"events", "news", "people", "projects", "expert-groups", "tags"})
    void a_token_without_the_editor_role_gets_403_on_every_write(String resource) {
        String reader = Tokens.bearer("reader", "someone");
        String collection = "/api/v1/" + resource;
        given().header("Authorization", reader).contentType(ContentType.JSON).body("{}").when().post(collection)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", reader).contentType(ContentType.JSON).header("If-Match", "\"x\"").body("{}")
                .when().put(collection + "/any").then().statusCode(403);
        given().header("Authorization", reader).contentType("application/merge-patch+json").header("If-Match", "\"x\"").body("{}")
                .when().patch(collection + "/any").then().statusCode(403);
        given().header("Authorization", reader).header("If-Match", "\"x\"").when().delete(collection + "/any").then().statusCode(403);
    }

    @Test
    void a_forged_token_is_401() {
        given().header("Authorization", "Bearer not.a.token").contentType(ContentType.JSON).body("{}").when().post("/api/v1/tags")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_draft_is_visible_to_editors_only_and_listed_only_when_asked_for() {
        create("people", person(PREFIX + "draft", "draft", null));

        given().when().get("/api/v1/people/" + PREFIX + "draft").then().statusCode(404);
        given().queryParam("q", "wanda").when().get("/api/v1/people").then().statusCode(200).body("items.slug", not(hasItem(PREFIX + "draft")));
        given().when().get("/api/v1/tags/" + PREFIX + "tag").then().statusCode(200).body("counts.people", equalTo(0));
        given().queryParam("status", "draft").when().get("/api/v1/people").then().statusCode(401);
        given().header("Authorization", Tokens.bearer("reader", "someone")).queryParam("status", "draft")
                .when().get("/api/v1/people").then().statusCode(403);
        editor().when().get("/api/v1/people").then().statusCode(200).body("items.slug", not(hasItem(PREFIX + "draft")));

        Map<String, Object> event = new java.util.HashMap<>(minimal("events", PREFIX + "with-draft-speaker"));
        event.put("speakers", java.util.List.of(PREFIX + "draft"));
        create("events", event);
        given().when().get("/api/v1/events/" + PREFIX + "with-draft-speaker").then().statusCode(200).body("speakers", empty());

        editor().queryParam("status", "draft").when().get("/api/v1/people")
                .then().statusCode(200).body("items.slug", hasItem(PREFIX + "draft"));
        editor().when().get("/api/v1/people/" + PREFIX + "draft")
                .then().statusCode(200).body("status", equalTo("draft")).header("Cache-Control", startsWith("private"));
    }

    @Test
    void a_scheduled_item_appears_exactly_when_its_time_comes() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant at = now.plus(1, ChronoUnit.HOURS);
        clock.fix(now);
        create("people", person(PREFIX + "scheduled", "published", at));

        given().when().get("/api/v1/people/" + PREFIX + "scheduled").then().statusCode(404);
        given().when().get("/api/v1/tags/" + PREFIX + "tag").then().body("counts.people", equalTo(0));
        editor().queryParam("status", "scheduled").when().get("/api/v1/people").then().body("items.slug", hasItem(PREFIX + "scheduled"));

        clock.fix(at.minusMillis(1));
        given().when().get("/api/v1/people/" + PREFIX + "scheduled").then().statusCode(404);

        clock.fix(at);
        given().when().get("/api/v1/people/" + PREFIX + "scheduled").then().statusCode(200);
        given().queryParam("q", "wanda").when().get("/api/v1/people").then().body("items.slug", hasItem(PREFIX + "scheduled"));
        given().when().get("/api/v1/tags/" + PREFIX + "tag").then().body("counts.people", equalTo(1));
    }

    @Test
    void writes_need_if_match_and_a_stale_one_is_412_with_the_current_etag() {
        String etag = create("tags", Map.of("slug", PREFIX + "label", "label", "Before"));
        editor().contentType(ContentType.JSON).body(Map.of("slug", PREFIX + "label", "label", "After"))
                .when().put("/api/v1/tags/" + PREFIX + "label")
                .then().statusCode(428).contentType("application/problem+json");
        String changed = editor().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("slug", PREFIX + "label", "label", "After"))
                .when().put("/api/v1/tags/" + PREFIX + "label")
                .then().statusCode(200).body("label", equalTo("After")).extract().header("ETag");
        editor().header("If-Match", etag).when().delete("/api/v1/tags/" + PREFIX + "label")
                .then().statusCode(412).body("currentETag", equalTo(changed)).header("ETag", equalTo(changed));
        given().when().get("/api/v1/tags/" + PREFIX + "label").then().statusCode(200).header("ETag", equalTo(changed));
        editor().header("If-Match", changed).when().delete("/api/v1/tags/" + PREFIX + "label").then().statusCode(204);
        given().when().get("/api/v1/tags/" + PREFIX + "label").then().statusCode(404);
    }

    @Test
    void a_taken_slug_is_409_and_an_unknown_property_is_400_naming_it() {
        create("tags", Map.of("slug", PREFIX + "taken", "label", "Taken"));
        editor().contentType(ContentType.JSON).body(Map.of("slug", PREFIX + "taken", "label", "Again"))
                .when().post("/api/v1/tags").then().statusCode(409).contentType("application/problem+json")
                .body("errors.name", contains("slug"));
        editor().contentType(ContentType.JSON).body(Map.of("slug", PREFIX + "odd", "label", "Odd", "colour", "red"))
                .when().post("/api/v1/tags").then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("colour")).body("errors[0].reason", containsString("label"));
        given().when().get("/api/v1/tags/" + PREFIX + "odd").then().statusCode(404);
    }

    @Test
    void a_number_or_boolean_where_a_string_belongs_is_400_naming_the_field_and_stores_nothing() {
        editor().contentType(ContentType.JSON).body("{\"slug\": 0, \"label\": \"Zero\"}")
                .when().post("/api/v1/tags").then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("slug"));
        editor().contentType(ContentType.JSON).body("{\"slug\": \"" + PREFIX + "typed\", \"label\": true}")
                .when().post("/api/v1/tags").then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("label"));
        given().when().get("/api/v1/tags/0").then().statusCode(404);
        given().when().get("/api/v1/tags/" + PREFIX + "typed").then().statusCode(404);
    }

    @Test
    void a_body_over_the_limit_is_413() {
        String huge = "{\"slug\": \"" + PREFIX + "huge\", \"label\": \"" + "x".repeat(1_100_000) + "\"}";
        editor().contentType(ContentType.JSON).body(huge).when().post("/api/v1/tags")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void a_renamed_item_answers_301_at_its_old_slug() {
        String etag = create("people", person(PREFIX + "old-name", "published", null));
        editor().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("slug", PREFIX + "new-name"))
                .when().patch("/api/v1/people/" + PREFIX + "old-name").then().statusCode(200).body("slug", equalTo(PREFIX + "new-name"));
        given().redirects().follow(false).when().get("/api/v1/people/" + PREFIX + "old-name")
                .then().statusCode(301).header("Location", endsWith("/api/v1/people/" + PREFIX + "new-name"));
        given().when().get("/api/v1/people/" + PREFIX + "new-name").then().statusCode(200);
    }

    @Test
    void the_feed_of_changes_lists_creations_updates_and_deletions_for_editors_only() {
        String since = Instant.now().minusSeconds(1).toString();
        String etag = create("tags", Map.of("slug", PREFIX + "fed", "label", "Fed"));
        etag = given().header("Authorization", Tokens.bearer("editor", "second-editor")).contentType("application/merge-patch+json")
                .header("If-Match", etag).body(Map.of("label", "Fed again"))
                .when().patch("/api/v1/tags/" + PREFIX + "fed").then().statusCode(200).extract().header("ETag");
        editor().header("If-Match", etag).when().delete("/api/v1/tags/" + PREFIX + "fed").then().statusCode(204);

        given().queryParam("since", since).when().get("/api/v1/changes").then().statusCode(401);
        given().header("Authorization", Tokens.bearer("reader", "someone")).when().get("/api/v1/changes").then().statusCode(403);
        var changes = editor().queryParam("since", since).queryParam("size", 100).when().get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
        var mine = changes.getList("items.findAll { it.slug == '" + PREFIX + "fed' }.action");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("created", "updated", "deleted"), mine);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("test-editor", "second-editor", "test-editor"),
                changes.getList("items.findAll { it.slug == '" + PREFIX + "fed' }.actor"));
        org.junit.jupiter.api.Assertions.assertEquals("Fed again",
                changes.getString("items.find { it.slug == '" + PREFIX + "fed' && it.action == 'updated' }.patch.label"));
        editor().queryParam("since", "2999-01-01").when().get("/api/v1/changes").then().statusCode(200).body("items", empty());
    }

    private static Map<String, Object> minimal(String resource, String slug) {
        String person = PREFIX + "someone";
        java.util.List<String> tags = java.util.List.of(PREFIX + "tag");
        return switch (resource) {
            case "tags" -> Map.of("slug", slug, "label", "Label");
            case "people" -> person(slug, "published", null);
            case "projects" -> Map.of("slug", slug, "title", "Title", "state", "ongoing", "status", "published",
                    "people", java.util.List.of(person), "tags", tags, "website", "https://example.org/project");
            case "expert-groups" -> Map.of("slug", slug, "name", "Title", "status", "published",
                    "chairs", java.util.List.of(person), "members", java.util.List.of(person), "tags", tags);
            case "news" -> Map.of("slug", slug, "title", "Title", "status", "published", "author", person,
                    "people", java.util.List.of(person), "tags", tags,
                    "media", Map.of("kind", "video", "url", "https://example.org/video"));
            case "events" -> Map.of("slug", slug, "title", "Title", "kind", "webinar", "status", "published",
                    "startsAt", "2030-01-01T10:00:00Z", "endsAt", "2030-01-01T11:00:00Z", "timeZone", "UTC",
                    "attendance", "online", "speakers", java.util.List.of(person), "tags", tags);
            default -> throw new IllegalArgumentException(resource);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"events, title", "news, title", "people, familyName", "projects, title", "expert-groups, name", "tags, label"})
    void an_editor_creates_patches_and_deletes_an_item_of_each_resource(String resource, String titleField) {
        create("people", person(PREFIX + "someone", "published", null));
        String url = "/api/v1/" + resource + "/" + PREFIX + "item";
        String etag = create(resource, minimal(resource, PREFIX + "item"));
        given().when().get(url).then().statusCode(200).header("ETag", equalTo(etag));
        etag = editor().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of(titleField, "Renamed"))
                .when().patch(url).then().statusCode(200).body(titleField, equalTo("Renamed")).extract().header("ETag");
        given().when().get(url).then().statusCode(200).header("ETag", equalTo(etag));
        editor().header("If-Match", etag).when().delete(url).then().statusCode(204);
        given().when().get(url).then().statusCode(404);
        given().when().get("/api/v1/people/" + PREFIX + "someone").then().statusCode(200);
    }

    @Test
    void an_empty_body_is_400() {
        editor().contentType(ContentType.JSON).when().post("/api/v1/tags")
                .then().statusCode(400).contentType("application/problem+json").body("errors.name", contains("body"));
        editor().contentType(ContentType.JSON).body("{\"slug\": ").when().post("/api/v1/tags")
                .then().statusCode(400).contentType("application/problem+json").body("errors.name", contains("body"));
    }
}
