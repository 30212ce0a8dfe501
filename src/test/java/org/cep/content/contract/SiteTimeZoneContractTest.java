package org.cep.content.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The contract names the site's time zone that the service is configured with, not a zone written into its texts. */
@QuarkusTest
@TestProfile(SiteTimeZoneContractTest.Lisbon.class)
class SiteTimeZoneContractTest {

    public static class Lisbon implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.time-zone", "Europe/Lisbon");
        }
    }

    @Test
    void bare_dates_are_described_in_the_configured_zone() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("a calendar day in the site's time zone (Europe/Lisbon)"))
                .body(not(containsString("(Europe/Brussels)")))
                .body(not(containsString("{content.time-zone}")));
    }
}
