package org.cep.content.resilience;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import org.cep.content.Tokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the database cut off, answers served recently are served again, everything else is a prompt 503
 * problem, readiness goes down while liveness stays up, and all recovers when the database returns. A write
 * acknowledged before the cut is there after it; a write tried during it is a 503 and stores nothing.
 */
@QuarkusTest
@TestProfile(PostgresThroughProxy.class)
class DatabaseOutageTest {

    LoopbackProxy database;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && record instanceof ExtLogRecord ext) {
                warnings.add(ext.getMdcCopy().get(RequestIds.MDC_KEY) + " " + ext.getFormattedMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void restoreTheDatabase() {
        database.restore();
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void serves_recent_answers_refuses_the_rest_promptly_and_recovers_without_a_restart() {
        String events = client().get("/api/v1/events?size=5").then().statusCode(200)
                .header("Cache-Control", containsString("stale-if-error="))
                .extract().asString();
        String etag = client().get("/api/v1/events?size=5").then().statusCode(200).extract().header("ETag");
        Logger.getLogger("").addHandler(capture);

        database.cut();

        client().get("/api/v1/events?size=5").then().statusCode(200)
                .header("ETag", equalTo(etag))
                .header("Age", matchesPattern("\\d+"))
                .body(equalTo(events));
        client().header("X-Request-Id", "outage-check-1").get("/api/v1/people?size=3").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", endsWith("/problems/database-unavailable"))
                .body("status", equalTo(503));
        assertTrue(warnings.stream().anyMatch(line -> line.startsWith("outage-check-1 ") && line.contains("/api/v1/people")),
                () -> "the warning of the failed request carries its id: " + warnings);
        // Now the pool must open a connection, and the database never answers: still a prompt 503.
        client().get("/api/v1/news?size=2").then().statusCode(503).contentType("application/problem+json");
        client().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
        client().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        database.restore();

        assertEquals(200, statusOnceReady(), "readiness comes back once the database is reachable again");
        client().get("/api/v1/people?size=3").then().statusCode(200)
                .body(matchesPattern("(?s)\\{\"items\":\\[\\{.*"));
    }

    @Test
    void a_write_acknowledged_before_the_outage_is_kept_and_one_during_it_is_a_503_that_stores_nothing() {
        String token = Tokens.editor();
        String since = Instant.now().minusSeconds(1).toString();
        String etag = client().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"slug\": \"outage-before\", \"label\": \"Written before\"}").post("/api/v1/tags")
                .then().statusCode(201).extract().header("ETag");

        database.cut();

        client().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"slug\": \"outage-during\", \"label\": \"Written during\"}").post("/api/v1/tags")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30")
                .body("type", endsWith("/problems/database-unavailable"));
        client().header("Authorization", token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"label\": \"Changed during\"}").patch("/api/v1/tags/outage-before")
                .then().statusCode(503).contentType("application/problem+json");

        database.restore();

        assertEquals(200, statusOnceReady(), "readiness comes back once the database is reachable again");
        client().header("Authorization", token).get("/api/v1/tags/outage-before").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("label", equalTo("Written before"));
        client().header("Authorization", token).get("/api/v1/tags/outage-during").then().statusCode(404);
        client().header("Authorization", token).queryParam("since", since).get("/api/v1/changes?size=100").then().statusCode(200)
                .body("items.slug", hasItem("outage-before")).body("items.slug", not(hasItem("outage-during")));
    }

    /** Polls readiness until it is up, for at most a minute (the pool notices a returned database on its next attempt). */
    private static int statusOnceReady() {
        int status = 0;
        for (int attempt = 0; attempt < 60 && status != 200; attempt++) {
            status = client().get("/q/health/ready").statusCode();
            if (status != 200) {
                sleep();
            }
        }
        return status;
    }

    /** No request may hang: the client gives up after 30 s, far beyond the service's own time-outs. */
    private static RequestSpecification client() {
        return RestAssured.given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 30_000).setParam("http.socket.timeout", 30_000)));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
