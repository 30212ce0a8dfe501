package org.cep.content.resilience;

import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Health, metrics and logs tell operators how the service is doing without telling anyone else anything. */
@QuarkusTest
class OperabilityTest {

    static final String SECRET = "eyJhbGciOiJIUzI1NiJ9.secret-token-value.c2lnbmF0dXJl";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String mdc = record instanceof ExtLogRecord ext ? String.valueOf(ext.getMdcCopy()) : "";
            logged.add(record.getLevel() + " " + record.getMessage() + " " + List.of(record.getParameters() == null
                    ? new Object[0] : record.getParameters()) + " " + mdc + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void liveness_and_readiness_are_up_and_readiness_checks_the_database() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void metrics_have_latency_histograms_per_route_template_and_never_a_slug() {
        given().when().get("/api/v1/events/a-private-looking-slug").then().statusCode(404);
        given().when().get("/api/v1/events").then().statusCode(200);
        given().when().get("/api/v1/events").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*cache_gets_total\\{cache=\"responses\",result=\"hit\"[^}]*} [1-9].*"))
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/api/v1/events/{slug}\""))
                .body(containsString("uri=\"/api/v1/events\""))
                .body(containsString("cache_gets_total{cache=\"last-good-answers\""))
                .body(containsString("agroal_"))
                .body(not(containsString("a-private-looking-slug")));
    }

    @Test
    void an_authorization_header_never_reaches_logs_problems_or_metrics() {
        for (String path : List.of("/api/v1/events", "/api/v1/events?size=0", "/api/v1/events/nope", "/nowhere", "/q/health")) {
            String body = given().header("Authorization", "Bearer " + SECRET).when().get(path).then().extract().asString();
            assertFalse(body.contains(SECRET), path);
        }
        given().header("Authorization", "Bearer " + SECRET).body("{}").when().post("/api/v1/events")
                .then().body(not(containsString(SECRET)));
        given().when().get("/q/metrics").then().body(not(containsString(SECRET)));
        assertFalse(logged.stream().anyMatch(line -> line.contains(SECRET)), () -> String.join("\n", logged));
    }
}
