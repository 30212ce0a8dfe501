package org.cep.content.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

/** The validator that checks every answer of the test suite rejects what departs from the contract. */
class ContractValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CACHING = Map.of("ETag", "\"abc\"", "Cache-Control", "public, max-age=60");

    private final ContractValidator validator = ContractValidator.committed();

    @Test
    void accepts_an_event_as_the_contract_describes_it() {
        assertThat(check(200, "application/json", event(e -> { }), CACHING), empty());
    }

    @Test
    void rejects_a_property_of_the_wrong_type() {
        assertThat(check(200, "application/json", event(e -> e.put("allDay", "yes")), CACHING),
                hasItem(containsString("/allDay")));
    }

    @Test
    void rejects_a_missing_required_property() {
        assertThat(check(200, "application/json", event(e -> e.remove("title")), CACHING),
                hasItem(containsString("title")));
    }

    @Test
    void rejects_a_property_the_contract_does_not_declare() {
        assertThat(check(200, "application/json", event(e -> e.put("internalId", 42)), CACHING),
                hasItem(containsString("internalId")));
    }

    @Test
    void rejects_a_wrong_value_deep_inside() {
        assertThat(check(200, "application/json", event(e -> ((ArrayNode) e.withArray("tags")).addObject().put("slug", "Not A Slug")), CACHING),
                hasItem(containsString("/tags/1")));
    }

    @Test
    void rejects_a_malformed_date_time() {
        assertThat(check(200, "application/json", event(e -> e.put("startsAt", "next tuesday")), CACHING),
                hasItem(containsString("/startsAt")));
    }

    @Test
    void rejects_an_undeclared_status() {
        assertThat(check(201, "application/json", event(e -> { }), CACHING), contains(containsString("status 201 is not declared")));
    }

    @Test
    void rejects_an_undeclared_media_type() {
        assertThat(check(200, "text/html", "<p>an event</p>".getBytes(), CACHING), contains(containsString("media type 'text/html'")));
    }

    @Test
    void rejects_an_answer_without_a_required_header() {
        assertThat(check(200, "application/json", event(e -> { }), Map.of("ETag", "\"abc\"")),
                contains(containsString("Cache-Control")));
    }

    @Test
    void rejects_an_error_that_is_not_a_problem_even_where_no_operation_answers() {
        List<String> violations = validator.violations(new ContractValidator.Answer("GET", "/api/v1/nowhere", 404,
                "text/plain", "not found".getBytes(), name -> null));
        assertThat(violations, contains(containsString("application/problem+json")));
    }

    @Test
    void accepts_a_problem_and_rejects_one_without_its_status() throws Exception {
        ObjectNode problem = JSON.createObjectNode().put("type", "https://cep-probation.org/problems/not-found")
                .put("title", "Not found").put("status", 404);
        assertThat(check(404, "application/problem+json", JSON.writeValueAsBytes(problem), Map.of()), empty());
        problem.remove("status");
        assertThat(check(404, "application/problem+json", JSON.writeValueAsBytes(problem), Map.of()),
                hasItem(containsString("status")));
    }

    @Test
    void accepts_the_items_of_a_sparse_page_holding_only_the_fields_asked_for() throws Exception {
        ObjectNode page = JSON.createObjectNode();
        page.putArray("items").addObject().put("slug", "some-event").put("title", "Some event");
        page.putObject("page").put("number", 1).put("size", 20).put("totalItems", 1).put("totalPages", 1);
        byte[] body = JSON.writeValueAsBytes(page);
        assertThat(list(body, Set.of("slug", "title")), empty());
        assertThat(list(body, Set.of()), hasItem(containsString("startsAt")));
        assertThat(list(body, Set.of("slug", "startsAt")), contains(containsString("startsAt")));
        ((ObjectNode) page.path("page")).remove("totalItems");
        assertThat(list(JSON.writeValueAsBytes(page), Set.of("slug", "title")), contains(containsString("totalItems")));
    }

    private List<String> list(byte[] body, Set<String> fields) {
        return validator.violations(new ContractValidator.Answer("GET", "/api/v1/events", 200, "application/json", body,
                Map.of("ETag", "\"abc\"", "Cache-Control", "public, max-age=60", "Link", "</api/v1/events?page=1>; rel=\"first\"")::get,
                fields));
    }

    private List<String> check(int status, String contentType, byte[] body, Map<String, String> headers) {
        return validator.violations(new ContractValidator.Answer("GET", "/api/v1/events/some-event", status,
                contentType, body, headers::get));
    }

    private byte[] event(Consumer<ObjectNode> change) {
        ObjectNode event = validator.document().at("/components/schemas/Event/examples/0").deepCopy();
        change.accept(event);
        try {
            return JSON.writeValueAsBytes(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
