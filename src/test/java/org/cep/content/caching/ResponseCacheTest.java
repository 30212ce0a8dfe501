package org.cep.content.caching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.TestClock;
import org.cep.content.Tokens;
import org.cep.content.media.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Anonymous answers come from memory until content changes: a write, or a scheduled item's time coming. */
@QuarkusTest
class ResponseCacheTest {

    private static final String PREFIX = "rct-";
    private static final String LIST = "/api/v1/news?tag=" + PREFIX + "tag";

    @Inject
    ContentFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "tag", "RCT tag");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        fixtures.removeAll(PREFIX);
    }

    @Test
    void a_repeated_answer_is_the_same_and_if_none_match_is_304_without_a_body() {
        fixtures.newsItem(PREFIX + "first", Instant.parse("2024-03-01T10:00:00Z"), List.of(PREFIX + "tag"), null);
        String etag = given().when().get(LIST).then().statusCode(200).extract().header("ETag");
        given().when().get(LIST).then().statusCode(200).header("ETag", etag)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400")
                .body("items.slug", contains(PREFIX + "first"));
        given().header("If-None-Match", etag).when().get(LIST)
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("Accept", "application/json").header("If-None-Match", "W/" + etag).when().get(LIST).then().statusCode(304);
    }

    @Test
    void a_write_through_the_api_shows_in_the_next_anonymous_answer() {
        String before = given().when().get(LIST).then().statusCode(200).body("items", empty()).extract().header("ETag");
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("slug", PREFIX + "written", "title", "Written", "status", "published",
                        "publishedAt", "2024-05-01T10:00:00Z", "tags", List.of(PREFIX + "tag")))
                .when().post("/api/v1/news").then().statusCode(201);
        given().header("If-None-Match", before).when().get(LIST).then().statusCode(200)
                .header("ETag", not(equalTo(before))).body("items.slug", contains(PREFIX + "written"));
        given().when().get("/api/v1/news/" + PREFIX + "written").then().statusCode(200);
        String etag = given().when().get("/api/v1/news/" + PREFIX + "written").then().extract().header("ETag");
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).when().delete("/api/v1/news/" + PREFIX + "written")
                .then().statusCode(204);
        given().when().get("/api/v1/news/" + PREFIX + "written").then().statusCode(404);
        given().when().get(LIST).then().statusCode(200).body("items", empty());
    }

    @Test
    void a_scheduled_item_appears_at_its_time() {
        Instant now = Instant.parse("2030-01-01T09:00:00Z");
        clock.fix(now);
        fixtures.newsItem(PREFIX + "scheduled", now.plus(1, ChronoUnit.HOURS), List.of(PREFIX + "tag"), null);
        given().when().get(LIST).then().statusCode(200).body("items", empty());
        given().when().get(LIST).then().statusCode(200).body("items", empty());
        clock.fix(now.plus(1, ChronoUnit.HOURS));
        given().when().get(LIST).then().statusCode(200).body("items.slug", contains(PREFIX + "scheduled"));
    }

    @Test
    void a_scheduled_media_item_appears_at_its_time_too() {
        Instant now = Instant.parse("2030-01-01T09:00:00Z");
        clock.fix(now);
        String media = "/api/v1/media?tag=" + PREFIX + "tag";
        given().header("Authorization", Tokens.editor()).multiPart("file", "poster.png", TestImages.image(40, 30, "png"), "image/png")
                .multiPart("slug", PREFIX + "poster").multiPart("alt", "Poster").multiPart("tags", PREFIX + "tag")
                .multiPart("publishedAt", "2030-01-01T10:00:00Z").when().post("/api/v1/media").then().statusCode(201);
        given().when().get(media).then().statusCode(200).body("items", empty());
        given().when().get(media).then().statusCode(200).body("items", empty());
        clock.fix(now.plus(1, ChronoUnit.HOURS));
        given().when().get(media).then().statusCode(200).body("items.slug", contains(PREFIX + "poster"));
    }

    @Test
    void answers_to_editors_are_never_taken_from_or_kept_in_memory() {
        given().queryParam("status", "draft").when().get(LIST).then().statusCode(401);
        given().queryParam("status", "draft").when().get("/api/v1/projects").then().statusCode(401);
        given().header("Authorization", Tokens.editor()).when().get(LIST).then().statusCode(200)
                .header("Cache-Control", "private, no-cache");
        given().when().get(LIST).then().statusCode(200).header("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
    }
}
