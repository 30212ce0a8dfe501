package org.cep.content.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Within v1 the contract only grows: compared with the released one (openapi/released/v1.yaml) by openapi-diff,
 * a removed path, parameter or property, a narrowed type or a new required input fails, naming the change.
 */
class ContractStabilityTest {

    private static final Path RELEASED = Path.of("openapi/released/v1.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void the_contract_keeps_every_promise_of_the_released_v1() throws IOException {
        breakingChange(Files.readString(RELEASED), Files.readString(ContractValidator.CONTRACT)).ifPresent(report ->
                fail(ContractValidator.CONTRACT + " breaks " + RELEASED + ". Within v1 changes must be additive:\n" + report));
    }

    @Test
    void an_added_property_parameter_or_path_passes() throws IOException {
        assertEquals(Optional.empty(), changed(contract -> {
            ((ObjectNode) schema(contract, "Event").get("properties")).putObject("capacity").put("type", "integer");
            ((ArrayNode) operation(contract, "/api/v1/events").get("parameters")).addObject()
                    .put("name", "city").put("in", "query").putObject("schema").put("type", "string");
            ((ObjectNode) contract.get("paths")).set("/api/v1/events/{slug}/related", operation(contract, "/api/v1/events/{slug}").deepCopy());
        }));
    }

    @Test
    void a_removed_property_fails_naming_it() throws IOException {
        String report = changed(contract -> {
            ((ObjectNode) schema(contract, "Event").get("properties")).remove("documents");
            removeRequired(schema(contract, "Event"), "documents");
        }).orElseThrow(() -> new AssertionError("removing Event.documents went unnoticed"));
        assertThat(report, containsString("documents"));
    }

    @Test
    void a_removed_path_fails_naming_it() throws IOException {
        String report = changed(contract -> ((ObjectNode) contract.get("paths")).remove("/api/v1/tags/{slug}"))
                .orElseThrow(() -> new AssertionError("removing a path went unnoticed"));
        assertThat(report, containsString("/api/v1/tags/{slug}"));
    }

    @Test
    void a_removed_parameter_fails_naming_it() throws IOException {
        String report = changed(contract -> {
            ArrayNode parameters = ((ArrayNode) operation(contract, "/api/v1/events").get("parameters"));
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).path("name").asText().equals("speaker")) {
                    parameters.remove(i);
                }
            }
        }).orElseThrow(() -> new AssertionError("removing a parameter went unnoticed"));
        assertThat(report, containsString("speaker"));
    }

    @Test
    void a_new_required_parameter_fails_naming_it() throws IOException {
        String report = changed(contract -> ((ArrayNode) operation(contract, "/api/v1/news").get("parameters")).addObject()
                .put("name", "language").put("in", "query").put("required", true).putObject("schema").put("type", "string"))
                .orElseThrow(() -> new AssertionError("a new required parameter went unnoticed"));
        assertThat(report, containsString("language"));
    }

    @Test
    void a_narrowed_type_fails_naming_it() throws IOException {
        String report = changed(contract -> ((ObjectNode) schema(contract, "ExpertGroup").get("properties").get("since"))
                .put("type", "string").remove("format"))
                .orElseThrow(() -> new AssertionError("changing a type went unnoticed"));
        assertThat(report, containsString("since"));
    }

    private static Optional<String> changed(Consumer<ObjectNode> change) throws IOException {
        String current = Files.readString(ContractValidator.CONTRACT);
        ObjectNode contract = (ObjectNode) YAML.readTree(current);
        change.accept(contract);
        return breakingChange(current, YAML.writeValueAsString(contract));
    }

    /** The report of openapi-diff when {@code next} breaks a promise of {@code released}. */
    private static Optional<String> breakingChange(String released, String next) throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, next);
        if (!diff.isIncompatible()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(!report.isBlank(), "openapi-diff found a breaking change but described none");
        return Optional.of(report);
    }

    private static ObjectNode schema(ObjectNode contract, String name) {
        return (ObjectNode) contract.get("components").get("schemas").get(name);
    }

    private static ObjectNode operation(ObjectNode contract, String path) {
        return (ObjectNode) contract.get("paths").get(path).get("get");
    }

    private static void removeRequired(ObjectNode schema, String property) {
        ArrayNode required = (ArrayNode) schema.get("required");
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i).asText().equals(property)) {
                required.remove(i);
            }
        }
    }
}
