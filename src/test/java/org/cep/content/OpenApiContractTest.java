package org.cep.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The contract served at /q/openapi is exactly the one committed under openapi/. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi/openapi.yaml");
    private static final Path SERVED_COPY = Path.of("target/openapi-served.yaml");

    @Test
    void served_contract_equals_the_committed_one() throws Exception {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().statusCode(200).extract().asString();
        ObjectMapper yaml = new YAMLMapper();
        JsonNode servedTree = yaml.readTree(served);
        assertTrue(Files.exists(COMMITTED), COMMITTED + " is missing: run scripts/update-openapi.sh");
        JsonNode committedTree = yaml.readTree(COMMITTED.toFile());
        if (!servedTree.equals(committedTree)) {
            Files.createDirectories(SERVED_COPY.getParent());
            Files.writeString(SERVED_COPY, served);
            fail("The served contract differs from " + COMMITTED + ". The served one is in " + SERVED_COPY
                    + "; if the change is intended, run scripts/update-openapi.sh and commit the result with the code.");
        }
    }

    @Test
    void the_committed_contract_reads_the_same_in_yaml_1_1_tools() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        // SnakeYAML resolves plain scalars as YAML 1.1 does (as PyYAML does): 2025-09-15 becomes a date, no a boolean.
        JsonNode read = json.valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(COMMITTED)));
        List<String> differences = new ArrayList<>();
        differences(served, read, "", differences);
        assertEquals(List.of(), differences, "YAML 1.1 readers read these values of " + COMMITTED
                + " otherwise than the served JSON: quote them (scripts/update-openapi.sh does for dates)");
    }

    private static void differences(JsonNode expected, JsonNode actual, String path, List<String> found) {
        if (expected.isContainerNode() && expected.getNodeType() == actual.getNodeType()) {
            expected.fieldNames().forEachRemaining(name -> differences(expected.get(name), actual.path(name), path + "/" + name, found));
            for (int i = 0; i < expected.size() && expected.isArray(); i++) {
                differences(expected.get(i), actual.path(i), path + "/" + i, found);
            }
        } else if (!expected.equals(actual)) {
            found.add(path + ": " + expected + " read as " + actual);
        }
    }

    @Test
    void contract_is_openapi_3_1_and_swagger_ui_is_served() throws Exception {
        JsonNode contract = new YAMLMapper().readTree(COMMITTED.toFile());
        assertTrue(contract.path("openapi").asText().startsWith("3.1"), "the contract is OpenAPI 3.1");
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
