package org.cep.content.news;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Listing and reading news, against CEP's seed content. */
@QuarkusTest
class NewsResourceTest {

    static final String AWARDS = "cep-presents-the-four-winners-of-the-cep-awards-2025";
    static final String BOARD = "meet-the-cep-board";

    @Test
    void lists_news_newest_first() {
        given().queryParam("size", 2).when().get("/api/v1/news")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("page.totalItems", equalTo(19))
                .body("items.slug", contains("practitioner-guidance-for-supporting-neurodivergent-clients-in-domestic-abuse-work",
                        "new-vodcast-episode-christoph-koss-on-probation-and-parole-in-austria"));
    }

    @Test
    void a_range_includes_items_published_on_its_first_and_last_day() {
        given().queryParam("from", "2025-10-22").queryParam("to", "2025-10-27").when().get("/api/v1/news")
                .then().statusCode(200)
                .body("items.slug", contains(AWARDS, BOARD));
        given().queryParam("from", "2025-10-23").queryParam("to", "2025-10-26").when().get("/api/v1/news")
                .then().statusCode(200)
                .body("items", empty());
        given().queryParam("from", "2025-12-01").queryParam("to", "2025-12-31").when().get("/api/v1/news")
                .then().statusCode(200)
                .body("page.totalItems", equalTo(8));
    }

    @Test
    void publication_days_are_days_in_the_sites_time_zone() {
        // Published at midnight in Brussels on 27 October 2025, which is still the 26th in UTC.
        given().when().get("/api/v1/news/" + AWARDS)
                .then().statusCode(200)
                .body("publishedAt", equalTo("2025-10-26T23:00:00Z"));
        given().queryParam("to", "2025-10-26").queryParam("from", "2025-10-26").when().get("/api/v1/news")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void filters_by_project_event_and_tag() {
        given().queryParam("project", "help-rp-terr-iccm").when().get("/api/v1/news")
                .then().statusCode(200)
                .body("items.slug", contains("project-seminar-on-deradicalization-and-rehabilitation-presentations-available",
                        "preventing-radicalisation-in-the-prison-system-bremen-is-internationally-active"));
        given().queryParam("event", "15th-cep-general-assembly").when().get("/api/v1/news")
                .then().statusCode(200)
                .body("items.slug", contains(AWARDS, BOARD));
        given().queryParam("author", "eva-massa-arranz").when().get("/api/v1/news")
                .then().statusCode(200)
                .body("items.slug", contains("help-project-preventing-radicalisation-through-international-cooperation-and-training"));
        given().queryParam("author", "eva-massa-arranz").queryParam("project", "help-rp-terr-iccm").when().get("/api/v1/news")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void an_item_shows_its_event_and_the_people_it_names() {
        given().when().get("/api/v1/news/new-vodcast-episode-leo-tigges-on-probation-capacity-building")
                .then().statusCode(200)
                .body("people.name", contains("Leo Tigges", "Jo Tein", "Steve Pitts"))
                .body("body.html", containsString("Jo Tein (CEP board member)"));
        given().when().get("/api/v1/news/" + BOARD)
                .then().statusCode(200)
                .body("event.slug", equalTo("15th-cep-general-assembly"))
                .body("event.url", equalTo("/api/v1/events/15th-cep-general-assembly"));
    }

    @Test
    void an_unknown_slug_is_a_404_problem() {
        given().when().get("/api/v1/news/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
