package org.cep.content.previews;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cep.content.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.cep.content.Writes.create;
import static org.cep.content.Writes.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

/** A preview token shows a front end the drafts it grants, and nothing else, until it expires or is revoked. */
@QuarkusTest
class PreviewResourceTest {

    private static final String PREFIX = "pvt-";

    @Inject
    TestClock clock;

    @BeforeEach
    void drafts() {
        create("news", draft(PREFIX + "draft"));
        create("news", draft(PREFIX + "other"));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        for (String slug : new String[]{PREFIX + "draft", PREFIX + "other"}) {
            String etag = editor().when().get("/api/v1/news/" + slug).then().extract().header("ETag");
            editor().header("If-Match", etag).when().delete("/api/v1/news/" + slug).then().statusCode(204);
        }
    }

    private static Map<String, Object> draft(String slug) {
        return Map.of("slug", slug, "title", "Not yet out", "body", "Draft.", "status", "draft");
    }

    private static String preview(Map<String, Object> body) {
        return editor().contentType(ContentType.JSON).body(body).when().post("/api/v1/previews")
                .then().statusCode(201).body("token", matchesPattern("^cep_preview_[A-Za-z0-9_-]{43}$"))
                .extract().path("token");
    }

    private static RequestSpecification with(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    @Test
    void a_token_for_one_item_shows_that_draft_and_nothing_else() {
        given().when().get("/api/v1/news/" + PREFIX + "draft").then().statusCode(404);
        String token = preview(Map.of("item", "news/" + PREFIX + "draft"));
        with(token).when().get("/api/v1/news/" + PREFIX + "draft")
                .then().statusCode(200).header("Cache-Control", "private, no-store")
                .body("title", equalTo("Not yet out")).body("status", equalTo("draft"));
        with(token).when().get("/api/v1/news/" + PREFIX + "other").then().statusCode(404)
                .header("Cache-Control", "private, no-store");
        with(token).queryParam("status", "draft").when().get("/api/v1/news").then().statusCode(403);
        with(token).when().get("/api/v1/changes").then().statusCode(403);
        with(token).contentType(ContentType.JSON).body(draft(PREFIX + "forged")).when().post("/api/v1/news").then().statusCode(403)
                .body("detail", equalTo("The token does not carry a role that may do this (editor or admin)."));
        with(token).contentType(ContentType.JSON).body(Map.of("all", true)).when().post("/api/v1/previews").then().statusCode(403);
    }

    @Test
    void a_token_for_all_lists_every_draft() {
        String token = preview(Map.of("all", true, "expiresIn", 600));
        with(token).queryParam("status", "draft").queryParam("q", "Not yet out").when().get("/api/v1/news")
                .then().statusCode(200).header("Cache-Control", "private, no-store")
                .body("items.slug", hasItems(PREFIX + "draft", PREFIX + "other"));
        with(token).when().get("/api/v1/news/" + PREFIX + "other").then().statusCode(200);
    }

    @Test
    void a_token_stops_working_when_it_expires() {
        String token = preview(Map.of("item", "news/" + PREFIX + "draft", "expiresIn", 60));
        with(token).when().get("/api/v1/news/" + PREFIX + "draft").then().statusCode(200);
        clock.fix(Instant.now().plus(Duration.ofSeconds(61)));
        with(token).when().get("/api/v1/news/" + PREFIX + "draft").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void a_revoked_token_stops_working_at_once() {
        io.restassured.response.Response created = editor().contentType(ContentType.JSON).body(Map.of("all", true))
                .when().post("/api/v1/previews").then().statusCode(201).extract().response();
        String token = created.path("token");
        String kept = preview(Map.of("all", true));
        with(token).when().get("/api/v1/news/" + PREFIX + "draft").then().statusCode(200);
        editor().when().delete("/api/v1/previews/" + created.<Integer>path("id")).then().statusCode(204);
        with(token).when().get("/api/v1/news/" + PREFIX + "draft").then().statusCode(401);
        with(kept).when().get("/api/v1/news/" + PREFIX + "draft").then().statusCode(200);
        editor().when().delete("/api/v1/previews/999999").then().statusCode(404);
    }

    @Test
    void a_bad_request_names_what_is_wrong() {
        editor().contentType(ContentType.JSON).body(Map.of("item", "news/" + PREFIX + "draft", "expiresIn", 604801))
                .when().post("/api/v1/previews").then().statusCode(400).body("errors.name", contains("expiresIn"));
        editor().contentType(ContentType.JSON).body(Map.of("item", "news/" + PREFIX + "draft", "all", true))
                .when().post("/api/v1/previews").then().statusCode(400).body("errors.name", contains("all"));
        editor().contentType(ContentType.JSON).body(Map.of("item", "news/no-such-news"))
                .when().post("/api/v1/previews").then().statusCode(400).body("errors.name", contains("item"));
        editor().contentType(ContentType.JSON).body(Map.of("item", "tags/violent-extremism"))
                .when().post("/api/v1/previews").then().statusCode(400).body("errors.name", contains("item"));
        given().contentType(ContentType.JSON).body(Map.of("all", true)).when().post("/api/v1/previews").then().statusCode(401);
    }
}
