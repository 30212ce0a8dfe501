package org.cep.content.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.Tokens;
import org.cep.content.items.PublicationStatus;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page of events with their tags, speakers and project costs the same few statements whatever its size. */
@QuarkusTest
class EventQueryCountTest {

    private static final String PREFIX = "zz-count-";

    @Inject
    ContentFixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void create_120_events_with_tags_speakers_and_projects() {
        fixtures.tag(PREFIX + "tag", "ZZ count");
        fixtures.tag(PREFIX + "other", "ZZ other");
        fixtures.person(PREFIX + "ann", "Ann", "Zedd");
        fixtures.person(PREFIX + "bob", "Bob", "Zedd");
        Instant start = Instant.parse("2030-01-01T09:00:00Z");
        for (int i = 0; i < 120; i++) {
            String project = PREFIX + "project-" + (i % 7);
            if (i < 7) {
                fixtures.project(project, "Project " + i);
            }
            fixtures.event(PREFIX + i, start.plus(i, ChronoUnit.DAYS), start.plus(i, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS),
                    PublicationStatus.PUBLISHED, null, List.of(PREFIX + "tag", PREFIX + "other"),
                    List.of(PREFIX + "ann", PREFIX + "bob"), project);
        }
    }

    @AfterEach
    void remove_them() {
        fixtures.removeAll(PREFIX);
    }

    @Test
    void a_page_of_100_costs_the_statements_of_a_page_of_10() {
        long small = statementsFor(10);
        long large = statementsFor(100);
        assertEquals(small, large, "statements for a page of 10 and of 100");
        assertTrue(large > 0 && large <= 8, "a page costs a small fixed number of statements, was " + large);
    }

    /**
     * The fewest statements of five requests: the statistics are the whole service's, and its pollers (the webhook
     * sender, scheduled purges) add their own statements now and then, never take any away. An editor's requests are
     * never answered from the response cache, so each of them runs its statements.
     */
    private long statementsFor(int size) {
        return IntStream.range(0, 5).mapToLong(attempt -> statementsOfOneRequest(size)).min().orElseThrow();
    }

    private long statementsOfOneRequest(int size) {
        sessionFactory.getStatistics().clear();
        given().header("Authorization", Tokens.editor()).queryParam("tag", PREFIX + "tag").queryParam("size", size)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items", hasSize(size))
                .body("items[0].speakers", hasSize(2))
                .body("items[0].tags", hasSize(2))
                .body("items[0].project.slug", equalTo(PREFIX + "project-0"))
                .body("page.totalItems", equalTo(120));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
