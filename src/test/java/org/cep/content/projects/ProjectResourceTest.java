package org.cep.content.projects;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Listing and reading projects, against CEP's seed content. */
@QuarkusTest
class ProjectResourceTest {

    @Test
    void lists_the_six_projects_most_recent_start_first() {
        given().when().get("/api/v1/projects")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("page.totalItems", equalTo(6))
                .body("items[0].slug", equalTo("help-rp-terr-iccm"))
                .body("items.acronym", hasItem("EMPRO"));
    }

    @Test
    void filters_by_state_and_tag() {
        given().queryParam("state", "ongoing").queryParam("sort", "title").when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.acronym", contains("EMPRO", "ERA"));
        given().queryParam("tag", "violent-extremism").queryParam("state", "completed").queryParam("sort", "title")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.slug", contains("help-rp-terr-iccm", "help-radicalisation-prevention"));
    }

    @Test
    void a_date_range_finds_the_projects_that_ran_during_it() {
        given().queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.slug", contains("help-rp-terr-iccm"));
        given().queryParam("to", "2019-12-31").when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void the_help_project_carries_its_objectives_target_groups_activities_events_and_people() {
        given().when().get("/api/v1/projects/help-rp-terr-iccm")
                .then().statusCode(200)
                .body("acronym", equalTo("HELP RP-TERR-ICCM"))
                .body("state", equalTo("completed"))
                .body("startDate", equalTo("2020-01-01"))
                .body("funders", contains("European Union"))
                .body("objectives", hasSize(2))
                .body("objectives[0]", containsString("To improve justice cooperation in criminal matters"))
                .body("targetGroups", contains("120 persons in high-level European Union-Council of Europe conference",
                        "300 justice practitioners (mainly judges, prosecutors, prison & probation staff) from EU member states"))
                .body("activities[0]", equalTo("1 High level conference in 2020"))
                .body("events.slug", contains("first-international-help-project-seminar",
                        "seminar-on-deradicalization-and-rehabilitation",
                        "vodcast-series-on-deradicalization-and-rehabilitation-in-europe",
                        "third-help-project-seminar-cologne",
                        "strengthening-eu-criminal-justice-systems-project-impact-and-success-stories"))
                .body("people.name", hasItem("Tina Mykkänen"))
                .body("news.slug", hasItem("project-seminar-on-deradicalization-and-rehabilitation-presentations-available"));
    }

    @Test
    void an_unknown_slug_is_a_404_problem() {
        given().when().get("/api/v1/projects/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
