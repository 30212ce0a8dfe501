package org.cep.content.news;

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
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** News items are written with an editor's token, with their references by slug, and leave nothing behind on failure. */
@QuarkusTest
class NewsWriteTest {

    private static final String PREFIX = "nwt-";

    @Inject
    ContentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "tag", "NWT tag");
        fixtures.person(PREFIX + "author", "Ada", "Author");
        fixtures.person(PREFIX + "guest", "Gus", "Guest");
        fixtures.person(PREFIX + "host", "Hana", "Host");
        fixtures.project(PREFIX + "project", "NWT project");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    static Map<String, Object> body(String slug) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "title", "A vodcast episode", "summary", "Who said what.",
                "body", "The *guest* speaks.", "publishedAt", "2025-10-05T22:00:00Z", "author", PREFIX + "author",
                "project", PREFIX + "project", "status", "published"));
        body.put("people", List.of(PREFIX + "guest", PREFIX + "host"));
        body.put("tags", List.of(PREFIX + "tag"));
        body.put("media", Map.of("kind", "video", "url", "https://example.org/episode", "title", "Episode 1"));
        return body;
    }

    @Test
    void an_editor_creates_a_news_item_and_its_etag_is_the_one_a_get_gives() {
        Response created = editor().contentType(ContentType.JSON).body(body(PREFIX + "new"))
                .when().post("/api/v1/news")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/news/" + PREFIX + "new"))
                .header("ETag", notNullValue())
                .body("author.slug", equalTo(PREFIX + "author"))
                .body("people.slug", contains(PREFIX + "guest", PREFIX + "host"))
                .extract().response();
        given().when().get("/api/v1/news/" + PREFIX + "new")
                .then().statusCode(200).header("ETag", equalTo(created.header("ETag")))
                .body("project.slug", equalTo(PREFIX + "project"))
                .body("media.url", equalTo("https://example.org/episode"))
                .body("publishedAt", equalTo("2025-10-05T22:00:00Z"))
                .body("body.html", containsString("<em>guest</em>"));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("slug", PREFIX + "ends-with-", "slug"),
                Arguments.of("slug", PREFIX + "Capital", "slug"),
                Arguments.of("title", null, "title"),
                Arguments.of("title", "x".repeat(501), "title"),
                Arguments.of("summary", "x".repeat(4001), "summary"),
                Arguments.of("body", "x".repeat(100_001), "body"),
                Arguments.of("publishedAt", "yesterday", "publishedAt"),
                Arguments.of("author", PREFIX + "nobody", "author"),
                Arguments.of("project", PREFIX + "no-such-project", "project"),
                Arguments.of("event", PREFIX + "no-such-event", "event"),
                Arguments.of("expertGroup", PREFIX + "no-such-group", "expertGroup"),
                Arguments.of("people", List.of(PREFIX + "guest", PREFIX + "nobody"), "people[1]"),
                Arguments.of("people", Arrays.asList(PREFIX + "guest", null), "people[1]"),
                Arguments.of("tags", List.of(PREFIX + "tag", PREFIX + "no-such-tag"), "tags[1]"),
                Arguments.of("tags", Arrays.asList((String) null), "tags[0]"),
                Arguments.of("media", Map.of("kind", "video", "url", "ftp://example.org/episode"), "media.url"),
                Arguments.of("media", Map.of("kind", "video"), "media.url"),
                Arguments.of("media", Map.of("url", "https://example.org/episode"), "media.kind"),
                Arguments.of("media", Map.of("kind", "hologram", "url", "https://example.org/episode"), "media.kind"),
                Arguments.of("media", Map.of("kind", "audio", "url", "https://example.org/episode", "title", "x".repeat(501)),
                        "media.title"),
                Arguments.of("status", null, "status"),
                Arguments.of("status", "archived", "status"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidFields")
    void an_invalid_field_is_400_naming_it_and_nothing_is_stored(String field, Object value, String named) {
        Map<String, Object> body = body(PREFIX + "invalid");
        body.put(field, value);
        refused("news", body, named);
    }

    @Test
    void a_failed_replace_leaves_the_news_item_as_it_was() {
        String etag = create("news", body(PREFIX + "unchanged"));
        Map<String, Object> bad = body(PREFIX + "unchanged");
        bad.put("title", "Changed");
        bad.put("author", PREFIX + "host");
        bad.put("people", List.of(PREFIX + "host", PREFIX + "nobody"));
        editor().header("If-Match", etag).contentType(ContentType.JSON).body(bad)
                .when().put("/api/v1/news/" + PREFIX + "unchanged")
                .then().statusCode(400).body("errors.name", contains("people[1]"));
        given().when().get("/api/v1/news/" + PREFIX + "unchanged").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("title", equalTo("A vodcast episode"))
                .body("author.slug", equalTo(PREFIX + "author"))
                .body("people.slug", contains(PREFIX + "guest", PREFIX + "host"));
    }
}
