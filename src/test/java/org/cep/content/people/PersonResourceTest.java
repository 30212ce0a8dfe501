package org.cep.content.people;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Listing and reading people, against CEP's seed content. */
@QuarkusTest
class PersonResourceTest {

    @Test
    void lists_people_by_family_name_then_given_name() {
        given().queryParam("size", 3).when().get("/api/v1/people")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("page.totalItems", equalTo(25))
                .body("page.totalPages", equalTo(9))
                .body("items.slug", contains("torben-adams", "jacqueline-bosker", "daniel-danglades"));
    }

    @Test
    void a_search_ignores_case_and_accents() {
        given().queryParam("q", "orell").when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.slug", contains("robert-orell", "ioan-durnescu"));
        given().queryParam("q", "ÖRELL").when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.slug", contains("robert-orell", "ioan-durnescu"));
        given().queryParam("q", "spero kamenjarin").when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.name", contains("Jana Špero Kamenjarin"));
    }

    @Test
    void filters_by_role_ignoring_case() {
        given().queryParam("role", "SECRETARY GENERAL").when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.slug", contains("leo-tigges", "willem-van-der-brugge", "jana-spero-kamenjarin"));
        given().queryParam("role", "secretary general").queryParam("q", "former").when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.slug", contains("leo-tigges"));
    }

    @Test
    void filters_by_tag() {
        given().queryParam("tag", "cep-board").when().get("/api/v1/people")
                .then().statusCode(200)
                .body("page.totalItems", equalTo(2));
        given().queryParam("tag", "cep-board").queryParam("tag", "reading-corner").queryParam("tagMatch", "all")
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void a_person_shows_the_events_they_spoke_at() {
        given().when().get("/api/v1/people/robert-orell")
                .then().statusCode(200)
                .body("honorific", equalTo("Mr."))
                .body("givenName", equalTo("Robert"))
                .body("familyName", equalTo("Örell"))
                .body("name", equalTo("Robert Örell"))
                .body("organisation", equalTo("Radicalisation Awareness Network (RAN)"))
                .body("country", equalTo("SE"))
                .body("events.slug", contains("seminar-on-deradicalization-and-rehabilitation"))
                .body("events[0].startsAt", equalTo("2021-12-09T00:00:00+01:00"))
                .body("bio.html", containsString("<p>Independent expert and co-chair of the RAN rehabilitation working group"))
                .body("url", equalTo("/api/v1/people/robert-orell"));
    }

    @Test
    void an_unknown_slug_is_a_404_problem() {
        given().when().get("/api/v1/people/nobody")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("nobody"));
    }
}
