package org.cep.content.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.cep.content.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * As many searches as an instance, or one client address, runs at once, in lists and feeds alike: one more waits
 * briefly, then answers 503 with Retry-After.
 */
@QuarkusTest
@TestProfile(SearchBoundsTest.BehindProxy.class)
class SearchBoundsTest {

    /** The tests' requests come through a trusted proxy, which names each client in X-Forwarded-For. */
    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Inject
    SearchBounds bounds;

    @Test
    void a_search_past_the_concurrency_bound_is_503_with_retry_after_and_a_list_without_q_is_not_held() {
        int taken = bounds.permits.drainPermits();
        try {
            given().queryParam("q", "bounds busy probation").when().get("/api/v1/news").then().statusCode(503)
                    .contentType(startsWith("application/problem+json")).header("Retry-After", equalTo("1"))
                    .body("type", endsWith("/search-busy")).body("status", equalTo(503));
            given().queryParam("size", "1").when().get("/api/v1/news").then().statusCode(200);
        } finally {
            bounds.permits.release(taken);
        }
        given().queryParam("q", "bounds free probation").when().get("/api/v1/news").then().statusCode(200);
    }

    @Test
    void a_search_answered_again_while_busy_says_its_age_and_is_not_kept_as_a_fresh_answer() {
        String fresh = given().queryParam("q", "bounds replayed probation").when().get("/api/v1/news").then().statusCode(200)
                .header("Age", nullValue()).extract().asString();
        // A write empties the response cache; the last good answer is kept for outages and bounds.
        String etag = given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("slug", "bounds-replay", "label", "Bounds replay")).when().post("/api/v1/tags")
                .then().statusCode(201).extract().header("ETag");
        int taken = bounds.permits.drainPermits();
        try {
            given().queryParam("q", "bounds replayed probation").when().get("/api/v1/news").then().statusCode(200)
                    .header("Age", matchesPattern("\\d+")).body(equalTo(fresh));
        } finally {
            bounds.permits.release(taken);
        }
        given().queryParam("q", "bounds replayed probation").when().get("/api/v1/news").then().statusCode(200)
                .header("Age", nullValue());
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).when().delete("/api/v1/tags/bounds-replay")
                .then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/news.rss", "/api/v1/news.atom", "/api/v1/news.json", "/api/v1/events.ics"})
    void a_feed_that_searches_is_bound_like_the_collections(String feed) {
        int taken = bounds.permits.drainPermits();
        try {
            given().queryParam("q", "bounds busy feed").when().get(feed).then().statusCode(503)
                    .contentType(startsWith("application/problem+json")).header("Retry-After", equalTo("1"));
            given().when().get(feed).then().statusCode(200);
        } finally {
            bounds.permits.release(taken);
        }
        given().queryParam("q", "bounds free feed").when().get(feed).then().statusCode(200);
    }

    @Test
    void a_second_search_from_one_address_is_503_naming_its_limit_and_other_addresses_and_requests_are_answered()
            throws InterruptedException {
        String busy = "203.0.113.7";
        assertTrue(bounds.clients.enter(busy, 0), "the address's one search");
        try {
            given().header("X-Forwarded-For", busy).queryParam("q", "bounds second from one address").when().get("/api/v1/news")
                    .then().statusCode(503).contentType(startsWith("application/problem+json")).header("Retry-After", equalTo("1"))
                    .body("type", endsWith("/search-busy"))
                    .body("detail", startsWith("This address already runs 1 search at once, as many as one address may."));
            given().header("X-Forwarded-For", busy).queryParam("size", "1").when().get("/api/v1/news").then().statusCode(200);
            given().header("X-Forwarded-For", busy).when().get("/api/v1/events.ics").then().statusCode(200);
            given().header("X-Forwarded-For", "203.0.113.8").queryParam("q", "bounds first from another address")
                    .when().get("/api/v1/news").then().statusCode(200);
        } finally {
            bounds.clients.leave(busy);
        }
        given().header("X-Forwarded-For", busy).queryParam("q", "bounds once the first ended").when().get("/api/v1/news")
                .then().statusCode(200);
        assertTrue(bounds.clients.running.isEmpty(), "no address is kept once its searches ended");
    }
}
