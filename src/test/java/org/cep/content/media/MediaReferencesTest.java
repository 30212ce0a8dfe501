package org.cep.content.media;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.cep.content.Writes.create;
import static org.cep.content.Writes.editor;
import static org.cep.content.Writes.etag;
import static org.cep.content.Writes.refused;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * News, events, people, projects and groups show images by slug, embedded ready for srcset, and events list media items
 * as documents; deleting a media item takes it off them, each recorded as changed.
 */
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
    void the_feeds_carry_a_news_items_picture_and_the_json_ld_an_events() throws Exception {
        String url = upload(PREFIX + "stage", "Stage.jpg", TestImages.image(800, 500, "jpeg"), "image/jpeg");
        int bytes = given().when().get("/api/v1/media/" + PREFIX + "stage").then().statusCode(200).extract().path("bytes");
        create("news", news(PREFIX + "pictured", PREFIX + "stage"));
        String origin = "http://localhost:" + RestAssured.port;
        given().when().get("/api/v1/news.json?size=100").then().statusCode(200)
                .body("items.find { it.url.endsWith('/" + PREFIX + "pictured') }.image", endsWith(url));
        for (String feed : List.of("rss", "atom")) {
            SyndEntry entry = entry(feed, PREFIX + "pictured");
            assertEquals(1, entry.getEnclosures().size(), feed);
            SyndEnclosure enclosure = entry.getEnclosures().get(0);
            assertEquals(origin + url, enclosure.getUrl(), feed);
            assertEquals("image/jpeg", enclosure.getType(), feed);
            assertEquals(bytes, enclosure.getLength(), feed);
        }
        create("events", event(PREFIX + "event", Map.of("image", PREFIX + "stage")));
        given().accept("application/ld+json").when().get("/api/v1/events/" + PREFIX + "event").then().statusCode(200)
                .body("image", equalTo(origin + url));
    }

    @Test
    void an_events_documents_are_outside_links_or_media_items_with_their_file_type_and_size() {
        String url = upload(PREFIX + "slides", "Slides.pdf", TestImages.pdf(), "application/pdf");
        int bytes = given().when().get("/api/v1/media/" + PREFIX + "slides").then().statusCode(200).extract().path("bytes");
        String etag = create("events", event(PREFIX + "documented", Map.of("documents", List.of(
                Map.of("title", "Programme", "url", "https://example.org/programme.pdf", "mediaType", "application/pdf"),
                Map.of("title", "Slides", "media", PREFIX + "slides")))));
        String path = "/api/v1/events/" + PREFIX + "documented";
        given().when().get(path).then().statusCode(200)
                .body("documents[0]", equalTo(Map.of("title", "Programme", "url", "https://example.org/programme.pdf",
                        "mediaType", "application/pdf")))
                .body("documents[1]", equalTo(Map.of("title", "Slides", "url", url, "mediaType", "application/pdf",
                        "bytes", bytes, "media", PREFIX + "slides")));

        // A merge patch reads the documents back as they were written, so one that leaves them alone keeps them.
        editor().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("title", "Renamed"))
                .when().patch(path).then().statusCode(200)
                .body("documents.title", contains("Programme", "Slides")).body("documents[1].url", equalTo(url));
        editor().contentType("application/merge-patch+json").header("If-Match", etag(path))
                .body(Map.of("documents", List.of(Map.of("title", "Only the slides", "media", PREFIX + "slides"))))
                .when().patch(path).then().statusCode(200)
                .body("documents", hasSize(1)).body("documents[0].media", equalTo(PREFIX + "slides"));
    }

    @Test
    void a_document_names_either_an_outside_link_or_a_media_item_that_exists() {
        upload(PREFIX + "handout", "Handout.pdf", TestImages.pdf(), "application/pdf");
        Map<String, Object> both = Map.of("title", "Both", "url", "https://example.org/a.pdf", "media", PREFIX + "handout");
        refused("events", event(PREFIX + "both", Map.of("documents", List.of(both))), "documents[0]");
        refused("events", event(PREFIX + "neither", Map.of("documents", List.of(Map.of("title", "Neither")))), "documents[0]");
        refused("events", event(PREFIX + "unknown", Map.of("documents", List.of(Map.of("title", "Link", "url", "https://example.org/a.pdf"),
                Map.of("title", "Unknown", "media", PREFIX + "no-such-file")))), "documents[1].media");
        refused("events", event(PREFIX + "typed", Map.of("documents", List.of(
                Map.of("title", "Typed", "media", PREFIX + "handout", "mediaType", "text/plain")))), "documents[0].mediaType");
    }

    @Test
    void a_draft_media_item_is_no_public_document_until_it_is_published() {
        editor().multiPart("file", "Draft.pdf", TestImages.pdf(), "application/pdf").multiPart("slug", PREFIX + "draft-slides")
                .multiPart("status", "draft").when().post("/api/v1/media").then().statusCode(201);
        create("events", event(PREFIX + "early", Map.of("documents", List.of(Map.of("title", "Slides", "media", PREFIX + "draft-slides")))));
        given().when().get("/api/v1/events/" + PREFIX + "early").then().statusCode(200).body("documents", hasSize(0));
        editor().contentType("application/merge-patch+json").header("If-Match", editorEtag("/api/v1/media/" + PREFIX + "draft-slides"))
                .body(Map.of("status", "published")).when().patch("/api/v1/media/" + PREFIX + "draft-slides").then().statusCode(200);
        given().when().get("/api/v1/events/" + PREFIX + "early").then().statusCode(200)
                .body("documents.media", contains(PREFIX + "draft-slides"));
    }

    @Test
    void deleting_an_image_takes_it_off_the_news_and_the_event_documents_that_named_it_each_recorded_as_updated() {
        String since = Instant.now().minusSeconds(1).toString();
        upload(PREFIX + "podium", "Podium.jpg", TestImages.image(900, 600, "jpeg"), "image/jpeg");
        create("news", news(PREFIX + "reported", PREFIX + "podium"));
        create("events", event(PREFIX + "shown", Map.of("documents", List.of(
                Map.of("title", "Programme", "url", "https://example.org/programme.pdf"),
                Map.of("title", "The podium", "media", PREFIX + "podium")))));
        String newsPath = "/api/v1/news/" + PREFIX + "reported";
        String eventPath = "/api/v1/events/" + PREFIX + "shown";
        String newsEtag = etag(newsPath);
        String eventEtag = etag(eventPath);

        editor().header("If-Match", etag("/api/v1/media/" + PREFIX + "podium")).when().delete("/api/v1/media/" + PREFIX + "podium")
                .then().statusCode(204);

        given().when().get(newsPath).then().statusCode(200).body("image", nullValue()).header("ETag", not(equalTo(newsEtag)));
        given().when().get(eventPath).then().statusCode(200).body("documents.title", contains("Programme"))
                .header("ETag", not(equalTo(eventEtag)));
        JsonPath changes = editor().queryParam("since", since).queryParam("size", 100).when().get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = changes.getList("items.findAll { ['" + PREFIX + "podium', '" + PREFIX + "reported', '"
                + PREFIX + "shown'].contains(it.slug) }");
        List<String> logged = mine.stream().map(c -> c.get("resource") + " " + c.get("action")).toList();
        assertEquals(List.of("media created", "news created", "events created"), logged.subList(0, 3));
        assertEquals(Set.of("news updated", "events updated"), Set.copyOf(logged.subList(3, 5)), "the items that lost it");
        assertEquals("media deleted", logged.get(5));
        assertEquals(6, logged.size());
        assertEquals(Collections.singletonMap("image", null), patchOf(mine, "news"));
        assertEquals(Map.of("documents", List.of(Map.of("title", "Programme", "url", "https://example.org/programme.pdf"))),
                patchOf(mine, "events"));
    }

    private static Object patchOf(List<Map<String, Object>> changes, String resource) {
        return changes.stream().filter(c -> c.get("resource").equals(resource) && c.get("action").equals("updated"))
                .findFirst().orElseThrow().get("patch");
    }

    private static Map<String, Object> event(String slug, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "title", "Pictured seminar", "kind", "seminar",
                "startsAt", "2026-06-10T09:00:00+02:00", "endsAt", "2026-06-10T17:00:00+02:00", "timeZone", "Europe/Brussels",
                "attendance", "in-person", "location", Map.of("city", "Brussels", "country", "BE"), "status", "published"));
        body.putAll(more);
        return body;
    }

    private static String editorEtag(String path) {
        return editor().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The feed's entry for the news item, parsed with ROME. */
    private static SyndEntry entry(String feed, String slug) throws Exception {
        String body = given().when().get("/api/v1/news." + feed + "?size=100").then().statusCode(200).extract().asString();
        return new SyndFeedInput().build(new StringReader(body)).getEntries().stream()
                .filter(e -> e.getLink() != null && e.getLink().endsWith("/" + slug)).findFirst()
                .orElseThrow(() -> new AssertionError(feed + " has no entry for " + slug + ": " + body));
    }
}
