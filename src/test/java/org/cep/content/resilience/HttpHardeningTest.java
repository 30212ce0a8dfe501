package org.cep.content.resilience;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Every answer carries the security headers and a request id; oversized requests are refused with a problem. */
@QuarkusTest
class HttpHardeningTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/events", "/api/v1/events/no-such-event", "/api/v1/events?size=1000", "/nowhere", "/q/health"})
    void every_answer_carries_the_security_headers(String path) {
        securityHeaders(given().when().get(path).then())
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void swagger_ui_keeps_the_headers_but_may_load_its_scripts() {
        securityHeaders(given().when().get("/q/swagger-ui/").then().statusCode(200))
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void a_sane_request_id_is_returned_as_given() {
        given().header("X-Request-Id", "edge-42.a:b_c").when().get("/api/v1/tags")
                .then().statusCode(200).header("X-Request-Id", equalTo("edge-42.a:b_c"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "has space", "<script>alert(1)</script>", "a-very-long-id-0123456789012345678901234567890123456789012345678901234567890"})
    void a_missing_or_odd_request_id_is_replaced_by_a_new_one(String given) {
        var request = given();
        if (!given.isEmpty()) {
            request.header("X-Request-Id", given);
        }
        request.when().get("/api/v1/tags")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("X-Request-Id", not(equalTo(given)));
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem() {
        given().contentType("application/json").body(new byte[2 * 1024 * 1024])
                .when().post("/api/v1/events")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void another_site_may_not_send_a_write_and_is_told_so() {
        given().header("Origin", "https://elsewhere.example").contentType("application/json").body("{}")
                .when().post("/api/v1/events")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/cross-origin-refused"));
    }

    @Test
    void the_editing_front_end_may_send_writes_from_its_own_origin() {
        given().header("Origin", "https://editor.cep-probation.example").contentType("application/json").body("{}")
                .when().post("/api/v1/events")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/unauthorized"));
    }

    @Test
    void a_query_string_of_ten_kilobytes_is_a_400_problem() {
        given().queryParam("q", "x".repeat(10 * 1024))
                .when().get("/api/v1/events")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse securityHeaders(ValidatableResponse response) {
        return response
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Cross-Origin-Resource-Policy", equalTo("cross-origin"))
                .header("Strict-Transport-Security", startsWith("max-age="))
                .header("X-Request-Id", matchesPattern("[A-Za-z0-9._:-]{1,64}"));
    }
}
