package org.cep.content.media;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.cep.content.Writes.create;
import static org.cep.content.Writes.editor;
import static org.cep.content.Writes.etag;
import static org.cep.content.Writes.refused;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** News, events, people, projects and groups show images by slug, embedded ready for srcset; deleting the image detaches it. */
@QuarkusTest
class MediaReferencesTest {

    private static final String PREFIX = "mref-";

    @Inject
    ContentFixtures fixtures;

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    private static String upload(String slug, String name, byte[] bytes, String type) {
        ExtractableResponse<Response> created = editor().multiPart("file", name, bytes, type).multiPart("slug", slug)
                .multiPart("alt", "Delegates in the plenary hall").multiPart("credit", "Photo: CEP").multiPart("focalPoint", "0.5,0.4")
                .when().post("/api/v1/media").then().statusCode(201).extract();
        return created.path("url");
    }

    private static Map<String, Object> news(String slug, String image) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "title", "General Assembly 2025", "summary", "Who met where.",
                "publishedAt", "2025-10-05T22:00:00Z", "status", "published"));
        body.put("image", image);
        return body;
    }

    @Test
    void a_news_item_and_a_person_embed_their_image_with_srcset_until_it_is_deleted() {
        String url = upload(PREFIX + "hall", "Hall.jpg", TestImages.image(1000, 600, "jpeg"), "image/jpeg");
        create("news", news(PREFIX + "news", PREFIX + "hall"));
        create("people", Map.of("slug", PREFIX + "person", "givenName", "Pia", "familyName", "Portrait", "status", "published",
                "portrait", PREFIX + "hall"));
        given().when().get("/api/v1/news/" + PREFIX + "news").then().statusCode(200)
                .body("image.slug", equalTo(PREFIX + "hall")).body("image.url", equalTo(url))
                .body("image.alt", equalTo("Delegates in the plenary hall")).body("image.credit", equalTo("Photo: CEP"))
                .body("image.width", equalTo(1000)).body("image.focalPoint.y", equalTo(0.4f))
                .body("image.srcset", startsWith(url + "?w=320&fm=webp 320w, " + url + "?w=640&fm=webp 640w"))
                .body("image.srcset", containsString("?w=960&fm=webp 960w"))
                .body("image.self", equalTo("/api/v1/media/" + PREFIX + "hall"));
        given().when().get("/api/v1/people/" + PREFIX + "person").then().statusCode(200)
                .body("portrait.srcset", containsString("320w"));
        editor().header("If-Match", etag("/api/v1/media/" + PREFIX + "hall")).when().delete("/api/v1/media/" + PREFIX + "hall")
                .then().statusCode(204);
        given().when().get("/api/v1/news/" + PREFIX + "news").then().statusCode(200).body("image", nullValue());
        given().when().get("/api/v1/people/" + PREFIX + "person").then().statusCode(200).body("portrait", nullValue());
    }

    @Test
    void an_image_is_named_by_the_slug_of_an_image() {
        upload(PREFIX + "slides", "Slides.pdf", TestImages.pdf(), "application/pdf");
        refused("news", news(PREFIX + "with-document", PREFIX + "slides"), "image");
        refused("news", news(PREFIX + "with-nothing", PREFIX + "no-such-image"), "image");
    }

    @Test
    void a_project_and_a_group_show_their_image() {
        upload(PREFIX + "logo", "Logo.png", TestImages.image(400, 400, "png"), "image/png");
        create("projects", Map.of("slug", PREFIX + "project", "title", "A project", "state", "ongoing", "startDate", "2024-01-01",
                "status", "published", "image", PREFIX + "logo"));
        create("expert-groups", Map.of("slug", PREFIX + "group", "name", "A group", "status", "published", "image", PREFIX + "logo"));
        given().when().get("/api/v1/projects/" + PREFIX + "project").then().statusCode(200).body("image.slug", equalTo(PREFIX + "logo"));
        given().when().get("/api/v1/expert-groups/" + PREFIX + "group").then().statusCode(200).body("image.slug", equalTo(PREFIX + "logo"));
    }

    @Test
    void the_feeds_carry_a_news_items_picture_and_the_json_ld_an_events() {
        String url = upload(PREFIX + "stage", "Stage.jpg", TestImages.image(800, 500, "jpeg"), "image/jpeg");
        int bytes = given().when().get("/api/v1/media/" + PREFIX + "stage").then().statusCode(200).extract().path("bytes");
        create("news", news(PREFIX + "pictured", PREFIX + "stage"));
        String origin = "http://localhost:" + RestAssured.port;
        given().when().get("/api/v1/news.json?size=100").then().statusCode(200)
                .body("items.find { it.url.endsWith('/" + PREFIX + "pictured') }.image", endsWith(url));
        String rss = given().when().get("/api/v1/news.rss?size=100").then().statusCode(200).extract().asString();
        assertTrue(rss.contains("<enclosure url=\"" + origin + url + "\" length=\"" + bytes + "\" type=\"image/jpeg\""), rss);
        String atom = given().when().get("/api/v1/news.atom?size=100").then().statusCode(200).extract().asString();
        assertTrue(atom.contains("rel=\"enclosure\"") && atom.contains("href=\"" + origin + url + "\""), atom);
        create("events", Map.of("slug", PREFIX + "event", "title", "Pictured seminar", "kind", "seminar",
                "startsAt", "2026-06-10T09:00:00+02:00", "endsAt", "2026-06-10T17:00:00+02:00", "timeZone", "Europe/Brussels",
                "attendance", "in-person", "location", Map.of("city", "Brussels", "country", "BE"), "status", "published",
                "image", PREFIX + "stage"));
        given().accept("application/ld+json").when().get("/api/v1/events/" + PREFIX + "event").then().statusCode(200)
                .body("image", equalTo(origin + url));
    }
}
