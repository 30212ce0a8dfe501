package org.cep.content.query;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Every kind of bad query input is a 400 problem naming the parameter and saying what is accepted. */
@QuarkusTest
class InvalidParametersTest {

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/events        | bogus       | 1                      | unknown parameter; accepted: after, attendance
            /api/v1/events        | from        | 2025-13-01             | is not a date or date-time
            /api/v1/events        | from        | 2025-02-30             | is not a date or date-time
            /api/v1/events        | to          | yesterday              | is not a date or date-time
            /api/v1/events        | from        | 2025-01-31T09:00:00    | is not a date or date-time
            /api/v1/events        | page        | 0                      | must be a whole number from 1 to 1000000
            /api/v1/events        | page        | two                    | must be a whole number from 1 to 1000000
            /api/v1/events        | size        | 101                    | must be a whole number from 1 to 100
            /api/v1/events        | size        | 0                      | must be a whole number from 1 to 100
            /api/v1/events        | sort        | colour                 | accepted: startsAt, -startsAt, endsAt, -endsAt, title, -title
            /api/v1/events        | kind        | party                  | accepted: seminar, conference, workshop, training, webinar, meeting, general-assembly
            /api/v1/events        | attendance  | maybe                  | accepted: in-person, online, hybrid
            /api/v1/events        | country     | XX                     | is not an ISO 3166-1 alpha-2 country code
            /api/v1/events        | upcoming    | yes                    | must be true or false
            /api/v1/events        | tagMatch    | some                   | accepted: any, all
            /api/v1/events        | tag         | Violent Extremism      | is not a slug
            /api/v1/events        | speaker     | Robert Örell           | is not a slug
            /api/v1/news          | from        | 01/10/2025             | is not a date or date-time
            /api/v1/news          | sort        | startsAt               | accepted: publishedAt, -publishedAt, title, -title
            /api/v1/news          | speaker     | robert-orell           | unknown parameter
            /api/v1/projects      | state       | paused                 | accepted: ongoing, completed
            /api/v1/projects      | sort        | -name                  | accepted: startDate
            /api/v1/people        | from        | 2025-01-01             | unknown parameter
            /api/v1/people        | sort        | -title                 | accepted: familyName, -familyName, givenName, -givenName
            /api/v1/expert-groups | sort        | size                   | accepted: name, -name, since, -since
            /api/v1/tags          | tag         | mental-health          | unknown parameter; accepted: after, fields, page, q, size, sort
            /api/v1/tags          | size        | 1000                   | must be a whole number from 1 to 100
            /api/v1/events/x      | page        | 1                      | this operation takes no query parameters
            /api/v1/events        | q           | a\u0000b               | must not contain a NUL character
            """)
    void bad_input_is_a_400_problem_naming_the_parameter(String path, String name, String value, String reason) {
        given().queryParam(name, value)
                .when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/invalid-parameters"))
                .body("status", equalTo(400))
                .body("instance", equalTo(path))
                .body("errors", hasSize(1))
                .body("errors[0].name", equalTo(name))
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].reason", containsString(reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/events", "/api/v1/news", "/api/v1/projects"})
    void from_after_to_is_refused(String path) {
        given().queryParam("from", "2025-05-01").queryParam("to", "2025-01-01")
                .when().get(path)
                .then().statusCode(400)
                .body("errors[0].name", equalTo("from"))
                .body("errors[0].reason", containsString("must not be after 'to'"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"q", "role", "expertGroup"})
    void a_single_valued_parameter_given_twice_is_refused(String name) {
        given().queryParam(name, "a", "b")
                .when().get("/api/v1/people")
                .then().statusCode(400)
                .body("errors[0].name", equalTo(name))
                .body("errors[0].reason", containsString("may be given only once"));
    }

    @org.junit.jupiter.api.Test
    void every_problem_is_named_at_once() {
        given().queryParam("size", "500").queryParam("sort", "nope").queryParam("from", "2025-13-01")
                .when().get("/api/v1/events")
                .then().statusCode(400)
                .body("detail", equalTo("3 query parameters are invalid."))
                .body("errors.name", org.hamcrest.Matchers.containsInAnyOrder("size", "sort", "from"));
    }

    @org.junit.jupiter.api.Test
    void upcoming_and_past_together_are_refused() {
        given().queryParam("upcoming", "true").queryParam("past", "true")
                .when().get("/api/v1/events")
                .then().statusCode(400)
                .body("errors[0].name", equalTo("past"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/events/no-such-event", "/api/v1/news/no-such-news", "/api/v1/people/no-such-person",
            "/api/v1/projects/no-such-project", "/api/v1/expert-groups/no-such-group", "/api/v1/tags/no-such-tag",
            "/api/v1/nothing-here"})
    void an_unknown_slug_or_path_is_a_404_problem(String path) {
        given().when().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo(path))
                .body("detail", not(containsString("Exception")));
    }

    @org.junit.jupiter.api.Test
    void a_write_to_the_read_api_is_a_405_problem() {
        given().when().delete("/api/v1/events")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }
}
