package org.cep.content.expertgroups;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Listing and reading expert groups, against CEP's seed content. */
@QuarkusTest
class ExpertGroupResourceTest {

    @Test
    void lists_the_ten_groups_by_name() {
        given().queryParam("size", 3).when().get("/api/v1/expert-groups")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("page.totalItems", equalTo(10))
                .body("items.name", contains("Caseload and workload", "Communication and Awareness-Raising",
                        "Education and Training"));
    }

    @Test
    void sorts_by_the_year_the_group_began() {
        given().queryParam("sort", "-since").queryParam("size", 2).when().get("/api/v1/expert-groups")
                .then().statusCode(200)
                .body("items.slug", contains("electronic-monitoring", "violent-extremism"))
                .body("items.since", contains(2024, 2016));
    }

    @Test
    void a_search_finds_words_of_the_description() {
        given().queryParam("q", "biannual").when().get("/api/v1/expert-groups")
                .then().statusCode(200)
                .body("items.slug", contains("electronic-monitoring"));
    }

    @Test
    void a_group_shows_its_description_and_tags() {
        given().when().get("/api/v1/expert-groups/electronic-monitoring")
                .then().statusCode(200)
                .body("since", equalTo(2024))
                .body("description.markdown", containsString("starting from 2024"))
                .body("tags.slug", contains("electronic-monitoring"));
    }

    @Test
    void an_unknown_slug_is_a_404_problem() {
        given().when().get("/api/v1/expert-groups/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
