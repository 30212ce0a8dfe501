package org.cep.content.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.cep.content.webhooks.WebhookResourceTest.admin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

/** As deployed: only https targets, and none whose host is in a private, loopback or link-local range. */
@QuarkusTest
@TestProfile(PrivateTargetsTest.AsDeployed.class)
class PrivateTargetsTest {

    public static class AsDeployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.webhooks.allow-private-targets", "false", "content.webhooks.allow-http", "false");
        }
    }

    @Test
    void targets_in_private_loopback_and_link_local_ranges_are_refused() {
        for (String url : List.of("https://127.0.0.1/hook", "https://localhost:8443/hook", "https://10.1.2.3/hook",
                "https://192.168.0.10/hook", "https://172.16.5.4/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "https://[fd00::1]/hook", "https://[::ffff:10.0.0.1]/hook", "https://0.0.0.0/hook")) {
            admin().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of("*")))
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.name", contains("url"))
                    .body("errors[0].reason", containsString("only public addresses are accepted"));
        }
        admin().when().get("/api/v1/webhooks").then().statusCode(200).body("items", empty());
    }

    @Test
    void a_plain_http_target_is_refused() {
        admin().contentType(ContentType.JSON).body(Map.of("url", "http://203.0.113.7/hook", "events", List.of("*")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].reason", containsString("must be an https URL"));
    }

    @Test
    void a_public_address_is_accepted() {
        int id = admin().contentType(ContentType.JSON).body(Map.of("url", "https://203.0.113.7/hook", "events", List.of("tag.deleted")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        admin().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
}
