package org.cep.content.tags;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.Writes;
import org.cep.content.items.PublicationStatus;
import org.cep.content.media.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Tags, with how many published items of each resource carry them. */
@QuarkusTest
class TagResourceTest {

    @Inject
    ContentFixtures fixtures;

    @AfterEach
    void cleanUp() {
        fixtures.removeAll("test-");
    }

    @Test
    void lists_tags_by_label_with_counts_per_resource() {
        given().queryParam("size", 2).when().get("/api/v1/tags")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("page.totalItems", equalTo(22))
                .body("items.slug", contains("caseload-and-workload", "cep-board"))
                .body("items[1].label", equalTo("CEP Board"))
                .body("items[1].counts.events", equalTo(1))
                .body("items[1].counts.people", equalTo(2))
                .body("items[1].counts.news", equalTo(1))
                .body("items[1].counts.projects", equalTo(0));
    }

    @Test
    void a_tag_counts_each_resource_that_carries_it() {
        given().when().get("/api/v1/tags/violent-extremism")
                .then().statusCode(200)
                .body("label", equalTo("Violent Extremism"))
                .body("counts.events", equalTo(9))
                .body("counts.projects", equalTo(2))
                .body("counts.expertGroups", equalTo(1))
                .body("url", equalTo("/api/v1/tags/violent-extremism"));
    }

    @Test
    void counts_leave_out_drafts() {
        fixtures.tag("test-counted", "Test counted");
        Instant start = Instant.parse("2031-03-01T09:00:00Z");
        fixtures.publishedEvent("test-published", start, List.of("test-counted"));
        fixtures.event("test-draft", start, start.plusSeconds(60), PublicationStatus.DRAFT, null,
                List.of("test-counted"), List.of(), null);

        given().when().get("/api/v1/tags/test-counted")
                .then().statusCode(200)
                .body("counts.events", equalTo(1));
    }

    @Test
    void counts_published_media_items_too() {
        fixtures.tag("test-filed", "Test filed");
        for (String status : List.of("published", "draft")) {
            Writes.editor().multiPart("file", "Report.pdf", TestImages.pdf(), "application/pdf").multiPart("slug", "test-report-" + status)
                    .multiPart("tags", "test-filed").multiPart("status", status).when().post("/api/v1/media").then().statusCode(201);
        }

        given().when().get("/api/v1/tags/test-filed")
                .then().statusCode(200)
                .body("counts.media", equalTo(1))
                .body("counts.events", equalTo(0));
    }

    @Test
    void a_search_matches_labels_ignoring_case() {
        given().queryParam("q", "EXTREM").when().get("/api/v1/tags")
                .then().statusCode(200)
                .body("items.slug", contains("violent-extremism"));
    }

    @Test
    void an_unknown_slug_is_a_404_problem() {
        given().when().get("/api/v1/tags/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
