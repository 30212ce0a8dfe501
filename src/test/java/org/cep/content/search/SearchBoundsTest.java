package org.cep.content.search;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** As many searches as an instance runs at once, in lists and feeds alike: one more waits briefly, then answers 503 with Retry-After. */
@QuarkusTest
class SearchBoundsTest {

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
}
