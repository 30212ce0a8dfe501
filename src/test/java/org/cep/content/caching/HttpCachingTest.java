package org.cep.content.caching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every GET carries an ETag and Cache-Control, answers If-None-Match with 304, and allows any origin. */
@QuarkusTest
class HttpCachingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/events", "/api/v1/news", "/api/v1/people", "/api/v1/projects", "/api/v1/expert-groups",
            "/api/v1/tags", "/api/v1/tags/violent-extremism", "/api/v1/events.ics", "/api/v1/news.atom", "/api/v1/news.rss",
            "/api/v1/news.json", "/embed/events.js", "/embed/demo.html"})
    void a_get_has_an_etag_and_a_matching_if_none_match_gets_304(String path) {
        Response first = given().when().get(path).then().statusCode(200)
                .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]+\"$"))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400"))
                .extract().response();
        String etag = first.header("ETag");

        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get(path).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when().get(path).then().statusCode(200);
    }

    @Test
    void answers_that_differ_have_different_etags() {
        String all = given().when().get("/api/v1/events").then().statusCode(200).extract().header("ETag");
        String firstOnly = given().queryParam("size", 1).when().get("/api/v1/events").then().statusCode(200).extract().header("ETag");
        assertNotEquals(all, firstOnly);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/events", "/api/v1/events.ics", "/api/v1/news.atom", "/api/v1/news.rss", "/api/v1/news.json",
            "/embed/events.js"})
    void any_origin_may_read(String path) {
        given().header("Origin", "https://www.probation-partner.example")
                .when().get(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", anyOf(
                        equalTo("*"), equalTo("https://www.probation-partner.example")))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void a_preflight_allows_get_from_any_origin() {
        given().header("Origin", "https://www.probation-partner.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/events")
                .then().statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }
}
