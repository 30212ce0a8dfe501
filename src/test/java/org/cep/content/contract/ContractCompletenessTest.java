package org.cep.content.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed contract says everything an integrator needs: every operation described and public or secured,
 * every parameter with a schema, a description and an example, and every schema with an example that is itself
 * valid against the schema.
 */
class ContractCompletenessTest {

    private final ContractValidator validator = ContractValidator.committed();
    private final JsonNode contract = validator.document();

    @Test
    void every_operation_has_an_id_a_summary_a_description_a_tag_and_its_security() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((where, operation) -> {
            for (String field : List.of("operationId", "summary", "description", "tags", "security")) {
                if (!operation.has(field)) {
                    gaps.add(where + " has no " + field);
                }
            }
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void every_parameter_has_a_schema_a_description_and_a_valid_example() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((where, operation) -> {
            JsonNode parameters = operation.path("parameters");
            for (int i = 0; i < parameters.size(); i++) {
                String pointer = "#" + where + "/parameters/" + i;
                JsonNode parameter = parameters.get(i);
                while (parameter.has("$ref")) {
                    pointer = parameter.path("$ref").asText();
                    parameter = contract.at(pointer.substring(1));
                }
                String name = where + " parameter " + parameter.path("name").asText();
                if (!parameter.has("schema") || !parameter.has("description") || !parameter.has("example")) {
                    gaps.add(name + " lacks a schema, a description or an example");
                    continue;
                }
                validator.validate(pointer + "/schema", parameter.path("example")).forEach(e -> gaps.add(name + ": " + e));
            }
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void every_schema_has_an_example_valid_against_it() {
        List<String> gaps = new ArrayList<>();
        contract.path("components").path("schemas").properties().forEach(entry -> {
            JsonNode examples = entry.getValue().path("examples");
            if (examples.isEmpty()) {
                gaps.add(entry.getKey() + " has no example");
            }
            examples.forEach(example -> validator.validate("#/components/schemas/" + entry.getKey(), example)
                    .forEach(e -> gaps.add(entry.getKey() + ": " + e)));
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void every_example_of_an_answer_is_valid_against_its_schema() {
        List<String> gaps = new ArrayList<>();
        contract.path("components").path("responses").properties().forEach(response ->
                response.getValue().path("content").properties().forEach(media -> {
                    if (media.getValue().has("example")) {
                        String pointer = "#/components/responses/" + response.getKey() + "/content/"
                                + media.getKey().replace("/", "~1") + "/schema";
                        validator.validate(pointer, media.getValue().path("example"))
                                .forEach(e -> gaps.add(response.getKey() + ": " + e));
                    }
                }));
        assertEquals(List.of(), gaps);
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        contract.path("paths").properties().forEach(path -> {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (List.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(operation.getKey())) {
                    action.accept("/paths/" + path.getKey().replace("/", "~1") + "/" + operation.getKey(), operation.getValue());
                }
            }
        });
    }
}
