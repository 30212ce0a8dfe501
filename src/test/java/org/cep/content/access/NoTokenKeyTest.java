package org.cep.content.access;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.cep.content.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A deployment with no key to check tokens serves reads and answers everything that needs a token with a 401 saying why. */
@QuarkusTest
@TestProfile(NoTokenKeyTest.NoKey.class)
class NoTokenKeyTest {

    /** As an operator starts the packaged service from a folder with no key and no MP_JWT_* settings. */
    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "no-such-folder/public.pem");
        }
    }

    @Inject
    TokenKeys keys;

    @Test
    void reads_are_served_as_usual() {
        assertFalse(keys.accepted());
        given().when().get("/api/v1/events").then().statusCode(200).body("page.totalItems", greaterThan(0));
        given().when().get("/api/v1/events.ics").then().statusCode(200);
    }

    @Test
    void writes_of_every_kind_are_401_problems_that_say_how_to_enable_writing() {
        unauthorized(given().contentType(ContentType.JSON).body(Map.of("slug", "x", "label", "X")).when().post("/api/v1/tags"));
        unauthorized(given().header("If-Match", "\"x\"").contentType("application/merge-patch+json").body(Map.of("label", "Y"))
                .when().patch("/api/v1/tags/violent-extremism"));
        unauthorized(given().header("If-Match", "\"x\"").when().delete("/api/v1/events/no-such-event"));
    }

    @Test
    void drafts_and_the_change_log_are_401_and_a_token_is_refused_with_the_same_reason() {
        unauthorized(given().queryParam("status", "draft").when().get("/api/v1/news"));
        unauthorized(given().queryParam("status", "draft").when().get("/api/v1/events.ics"));
        unauthorized(given().when().get("/api/v1/changes"));
        unauthorized(given().header("Authorization", Tokens.editor()).queryParam("status", "draft").when().get("/api/v1/events"));
    }

    private static void unauthorized(io.restassured.response.Response response) {
        response.then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", endsWith("/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("detail", containsString("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }
}
