package org.cep.content.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.cep.content.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.cep.content.Writes.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Admins subscribe receivers; every change of a subscribed kind reaches the receiver signed as Standard Webhooks says,
 * in order per item, and a receiver that fails is retried, or disabled when it answers 410.
 */
@QuarkusTest
class WebhookResourceTest {

    private static final String PREFIX = "wht-";
    private static final Duration SOON = Duration.ofSeconds(5);

    private Receiver receiver;

    static RequestSpecification admin() {
        return given().header("Authorization", Tokens.bearer("admin", "test-admin"));
    }

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        List<Integer> ids = admin().when().get("/api/v1/webhooks").then().statusCode(200).extract().path("items.id");
        ids.forEach(id -> admin().when().delete("/api/v1/webhooks/" + id).then().statusCode(204));
        receiver.close();
    }

    private long subscribe(String... events) {
        Response created = admin().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "events", List.of(events), "description", "test receiver"))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().response();
        receiver.secret(created.path("secret"));
        return created.<Integer>path("id").longValue();
    }

    private static Map<String, Object> news(String slug, String status, Instant publishedAt) {
        return Map.of("slug", slug, "title", "A webhook test", "body", "Text.", "status", status,
                "publishedAt", publishedAt.toString());
    }

    @Test
    void an_admin_subscribes_and_sees_the_secret_only_in_the_answer_to_the_creation() {
        Response created = admin().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "events", List.of("news.published", "event.*")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/webhooks/"))
                .body("secret", matchesPattern("^whsec_[A-Za-z0-9+/=]{40,}$"))
                .body("events", contains("news.published", "event.*"))
                .body("enabled", equalTo(true))
                .extract().response();
        int id = created.path("id");
        admin().when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("secret", nullValue()).body("url", equalTo(receiver.url()));
        admin().when().get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.secret", everyItem(nullValue()));
    }

    @Test
    void only_admins_manage_subscriptions() {
        given().when().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
        editor().when().get("/api/v1/webhooks").then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("The token does not carry a role that may do this (admin)."));
        editor().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", List.of("*")))
                .when().post("/api/v1/webhooks").then().statusCode(403);
    }

    @Test
    void an_unknown_event_type_is_refused_naming_it_and_the_accepted_ones() {
        admin().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", List.of("news.published", "news.renamed", "tag.published")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("events[1]", "events[2]"))
                .body("errors[0].reason", containsString("unknown event type 'news.renamed'"))
                .body("errors[0].reason", containsString("expert-group.unpublished"))
                .body("errors[1].reason", not(containsString("tag.published,")));
        admin().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org/hook", "events", List.of("*")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(400).body("errors.name", contains("url"));
        admin().when().get("/api/v1/webhooks").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void create_change_scheduled_publication_and_deletion_arrive_signed_and_in_order() throws Exception {
        subscribe("news.*");
        String slug = PREFIX + "scheduled";
        Instant publishAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        editor().contentType(ContentType.JSON).body(news(slug, "published", publishAt))
                .when().post("/api/v1/news").then().statusCode(201);
        String etag = editor().when().get("/api/v1/news/" + slug).then().statusCode(200).extract().header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("title", "Changed"))
                .when().patch("/api/v1/news/" + slug).then().statusCode(200);
        List<Receiver.Received> got = receiver.awaitAccepted(2, SOON);
        assertEquals(List.of("news.created", "news.updated"), got.stream().map(Receiver.Received::type).toList());

        got = receiver.awaitAccepted(3, SOON);
        assertEquals("news.published", got.get(2).type());
        assertEquals(publishAt.toString(), got.get(2).body().path("timestamp").asText());
        assertTrue(!Instant.now().isBefore(publishAt), "published arrived before its time");

        etag = editor().when().get("/api/v1/news/" + slug).then().statusCode(200).extract().header("ETag");
        editor().header("If-Match", etag).when().delete("/api/v1/news/" + slug).then().statusCode(204);
        got = receiver.awaitAccepted(4, SOON);
        assertEquals(List.of("news.created", "news.updated", "news.published", "news.deleted"),
                got.stream().map(Receiver.Received::type).toList());
        assertTrue(got.stream().allMatch(Receiver.Received::verified));
        assertEquals(4, got.stream().map(Receiver.Received::id).distinct().count());
        got.forEach(message -> {
            assertEquals("news", message.body().path("data").path("resource").asText());
            assertEquals(slug, message.body().path("data").path("slug").asText());
            assertEquals("/api/v1/news/" + slug, message.body().path("data").path("url").asText());
        });

        // The cursor of the creation resumes the feed of changes right after it: the update comes first.
        String cursor = got.get(0).body().path("data").path("cursor").asText();
        long updateId = got.get(1).body().path("data").path("changeId").asLong();
        editor().queryParam("after", cursor).when().get("/api/v1/changes").then().statusCode(200)
                .body("items[0].id", equalTo((int) updateId)).body("items[0].action", equalTo("updated"));
    }

    @Test
    void a_draft_published_later_and_unpublished_tells_each_step() throws Exception {
        subscribe("news.published", "news.unpublished");
        String slug = PREFIX + "draft";
        editor().contentType(ContentType.JSON).body(news(slug, "draft", Instant.parse("2025-01-01T00:00:00Z")))
                .when().post("/api/v1/news").then().statusCode(201);
        String etag = editor().when().get("/api/v1/news/" + slug).then().extract().header("ETag");
        etag = editor().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("status", "published"))
                .when().patch("/api/v1/news/" + slug).then().statusCode(200).extract().header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("status", "draft"))
                .when().patch("/api/v1/news/" + slug).then().statusCode(200);
        List<Receiver.Received> got = receiver.awaitAccepted(2, SOON);
        assertEquals(List.of("news.published", "news.unpublished"), got.stream().map(Receiver.Received::type).toList());
        etag = editor().when().get("/api/v1/news/" + slug).then().extract().header("ETag");
        editor().header("If-Match", etag).when().delete("/api/v1/news/" + slug).then().statusCode(204);
    }

    @Test
    void a_failing_receiver_gets_the_same_message_again_until_it_accepts_it_once() throws Exception {
        long id = subscribe("tag.*");
        int[] calls = {0};
        receiver.answer = () -> ++calls[0] <= 2 ? 503 : 204;
        editor().contentType(ContentType.JSON).body(Map.of("slug", PREFIX + "retried", "label", "Retried"))
                .when().post("/api/v1/tags").then().statusCode(201);
        List<Receiver.Received> got = receiver.awaitAccepted(1, Duration.ofSeconds(10));
        assertEquals(1, got.size());
        List<Receiver.Received> all = receiver.all();
        assertEquals(3, all.size());
        assertEquals(1, all.stream().map(Receiver.Received::id).distinct().count(), "every attempt carries the same webhook-id");
        admin().when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items.statusCode", contains(204, 503, 503))
                .body("items.state", everyItem(equalTo("delivered")))
                .body("items[1].error", equalTo("The receiver answered 503."));
        Thread.sleep(1500);
        assertEquals(1, receiver.accepted().size(), "a delivered message is not sent again");
        deleteTag(PREFIX + "retried");
    }

    @Test
    void a_receiver_that_answers_410_is_disabled_and_says_why_until_enabled_again() throws Exception {
        long id = subscribe("tag.created");
        receiver.answer = () -> 410;
        editor().contentType(ContentType.JSON).body(Map.of("slug", PREFIX + "gone", "label", "Gone"))
                .when().post("/api/v1/tags").then().statusCode(201);
        Instant deadline = Instant.now().plus(SOON);
        while (admin().when().get("/api/v1/webhooks/" + id).then().extract().<Boolean>path("enabled") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        admin().when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("enabled", equalTo(false)).body("disabledAt", notNullValue())
                .body("disabledReason", containsString("410"));
        int delivery = admin().when().get("/api/v1/webhooks/" + id + "/deliveries").then()
                .body("items[0].statusCode", equalTo(410)).body("items[0].state", equalTo("failed"))
                .extract().path("items[0].id");

        receiver.answer = () -> 204;
        admin().contentType("application/merge-patch+json").body(Map.of("enabled", true))
                .when().patch("/api/v1/webhooks/" + id).then().statusCode(200).body("enabled", equalTo(true))
                .body("disabledReason", nullValue());
        admin().when().post("/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/retry")
                .then().statusCode(202).body("state", equalTo("pending"));
        List<Receiver.Received> got = receiver.awaitAccepted(1, SOON);
        assertEquals(List.of("tag.created"), got.stream().map(Receiver.Received::type).toList());
        assertEquals(receiver.all().get(0).id(), got.get(0).id(), "the retry carries the message's id");
        deleteTag(PREFIX + "gone");
    }

    @Test
    void the_last_failed_retry_disables_the_subscription() throws Exception {
        long id = subscribe("tag.created");
        receiver.answer = () -> 500;
        editor().contentType(ContentType.JSON).body(Map.of("slug", PREFIX + "down", "label", "Down"))
                .when().post("/api/v1/tags").then().statusCode(201);
        Instant deadline = Instant.now().plusSeconds(20);
        while (admin().when().get("/api/v1/webhooks/" + id).then().extract().<Boolean>path("enabled") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        admin().when().get("/api/v1/webhooks/" + id).then().body("enabled", equalTo(false))
                .body("disabledReason", containsString("The last of 7 attempts"));
        assertEquals(7, receiver.all().size());
        deleteTag(PREFIX + "down");
    }

    @Test
    void a_patch_changes_events_and_a_bad_one_changes_nothing() {
        long id = subscribe("news.*");
        admin().contentType("application/merge-patch+json").body(Map.of("events", List.of("*"), "description", "all"))
                .when().patch("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("events", contains("*")).body("description", equalTo("all"));
        admin().contentType("application/merge-patch+json").body(Map.of("events", List.of("nothing.*"), "colour", "red"))
                .when().patch("/api/v1/webhooks/" + id).then().statusCode(400)
                .body("errors.name", contains("colour", "events[0]"));
        admin().when().get("/api/v1/webhooks/" + id).then().body("events", contains("*"));
        admin().when().get("/api/v1/webhooks/999999").then().statusCode(404).contentType("application/problem+json");
        admin().when().delete("/api/v1/webhooks/not-a-number").then().statusCode(404);
    }

    private static void deleteTag(String slug) {
        String etag = given().when().get("/api/v1/tags/" + slug).then().statusCode(200).extract().header("ETag");
        editor().header("If-Match", etag).when().delete("/api/v1/tags/" + slug).then().statusCode(204);
    }
}
