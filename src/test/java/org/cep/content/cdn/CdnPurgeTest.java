package org.cep.content.cdn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cep.content.ContentFixtures;
import org.cep.content.TestClock;
import org.cep.content.Writes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After each committed change, and when a scheduled item comes due, the caches of content.cdn.purge-urls get a purge
 * of exactly the keys of what changed: the item, its collection and the items whose answers list it. A cache that
 * does not answer slows no write, and the others still get their purges.
 */
@QuarkusTest
@TestProfile(PurgeReceiver.class)
class CdnPurgeTest {

    private static final String PREFIX = "cpt-";
    private static final Duration SOON = Duration.ofSeconds(5);

    PurgeReceiver cdn;

    @Inject
    ContentFixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private long author;
    private long subject;
    private long project;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "tag", "CPT tag");
        author = fixtures.person(PREFIX + "author", "Ann", "Author").id;
        subject = fixtures.person(PREFIX + "subject", "Sam", "Subject").id;
        project = fixtures.project(PREFIX + "project", "CPT project").id;
        cdn.purgeOf("project:" + project, SOON);
        settle();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        fixtures.removeAll(PREFIX);
    }

    @Test
    void a_create_an_update_and_a_delete_each_purge_the_item_its_collection_and_the_items_listing_it() {
        Writes.create("news", news("Written"));
        long id = id("NewsItem", PREFIX + "news");
        Set<String> touched = Set.of("news:" + id, "news", "person:" + author, "person:" + subject, "project:" + project);
        assertEquals(touched, cdn.purgeOf("news:" + id, SOON));

        settle();
        String path = "/api/v1/news/" + PREFIX + "news";
        String etag = Writes.etag(path);
        long start = System.nanoTime();
        Writes.editor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("title", "Rewritten")).when().patch(path).then().statusCode(200);
        // The cache that never answers takes three time-outs of 2 s before it is given up on, all off the writer's thread.
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "a cache that does not answer slows no write");
        assertEquals(touched, cdn.purgeOf("news:" + id, SOON));

        settle();
        Writes.editor().header("If-Match", Writes.etag(path)).when().delete(path).then().statusCode(204);
        assertEquals(touched, cdn.purgeOf("news:" + id, SOON));
    }

    @Test
    void a_change_of_reference_purges_the_item_referred_to_before_and_the_one_after() {
        Writes.create("news", news("Written"));
        long id = id("NewsItem", PREFIX + "news");
        cdn.purgeOf("news:" + id, SOON);
        long other = fixtures.person(PREFIX + "other", "Olga", "Other").id;
        cdn.purgeOf("person:" + other, SOON);
        settle();
        String path = "/api/v1/news/" + PREFIX + "news";
        Writes.editor().header("If-Match", Writes.etag(path)).contentType("application/merge-patch+json")
                .body(Map.of("author", PREFIX + "other")).when().patch(path).then().statusCode(200);
        assertEquals(Set.of("news:" + id, "news", "person:" + author, "person:" + other, "person:" + subject,
                "project:" + project), cdn.purgeOf("news:" + id, SOON));
    }

    @Test
    void a_scheduled_item_is_purged_when_it_comes_due() throws InterruptedException {
        Instant due = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long id = fixtures.newsItem(PREFIX + "scheduled", due, List.of(PREFIX + "tag"), null).id;
        cdn.purgeOf("news:" + id, SOON);
        settle();
        // Just before: whatever else was due by then is purged, and nothing of this item.
        clock.fix(due.minusSeconds(1));
        Thread.sleep(2500);
        assertTrue(cdn.purges().stream().noneMatch(keys -> keys.contains("news:" + id)), "not due yet");
        cdn.clear();
        clock.fix(due);
        assertEquals(Set.of("news:" + id, "news"), cdn.purgeOf("news:" + id, SOON));
        given().when().get("/api/v1/news/" + PREFIX + "scheduled").then().statusCode(200);
    }

    /**
     * Waits until the purges of the writes so far have all arrived, then forgets them: on PostgreSQL, where several
     * instances may share the database, each purge is sent again once the other instances have emptied their caches.
     */
    private void settle() {
        try {
            Thread.sleep(ChangePurges.OTHER_INSTANCES_SETTLED.toMillis() + 500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        cdn.clear();
    }

    private static Map<String, Object> news(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", PREFIX + "news");
        body.put("title", title);
        body.put("status", "published");
        body.put("publishedAt", "2024-05-01T10:00:00Z");
        body.put("tags", List.of(PREFIX + "tag"));
        body.put("author", PREFIX + "author");
        body.put("people", List.of(PREFIX + "subject"));
        body.put("project", PREFIX + "project");
        return body;
    }

    private long id(String entity, String slug) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select x.id from " + entity + " x where x.slug = :slug",
                Long.class).setParameter("slug", slug).getSingleResult());
    }
}
