package org.cep.content.resilience;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** An anonymous client over its quota gets 429 problems with Retry-After; the RateLimit headers say where it stands. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuota.class)
class RateLimitTest {

    /** A quota small enough to use up in a test; one window lasts far longer than the test. */
    public static class SmallQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.rate-limit.anonymous-requests", "5",
                    "content.rate-limit.authenticated-requests", "8",
                    "content.rate-limit.window", "PT1H");
        }
    }

    @Test
    void an_anonymous_client_gets_its_quota_then_429_and_a_token_holder_is_counted_apart() {
        given().when().get("/api/v1/tags").then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"anonymous\";q=5;w=3600"))
                .header("RateLimit", matchesPattern("\"anonymous\";r=[0-4];t=\\d+"));
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/events/no-such-event");
        }
        given().header("Authorization", "Bearer some-token").when().get("/api/v1/tags").then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"authenticated\";q=8;w=3600"))
                .header("RateLimit", equalTo("\"authenticated\";r=7;t=450"));
        given().when().get("/api/v1/tags").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=[1-9]\\d*"))
                .body("type", endsWith("/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/tags"));
    }

    @Test
    void health_probes_are_never_limited() {
        for (int i = 0; i < 10; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
        }
    }
}
