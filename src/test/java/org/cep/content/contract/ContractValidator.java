package org.cep.content.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks an HTTP answer against the contract: declared status, media type and required headers, and a JSON body against its schema. */
public final class ContractValidator {

    public static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final String DOCUMENT = "https://cep-probation.org/api/openapi.json";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final Pattern PAGE_ITEM = Pattern.compile("/items/\\d+");

    private static ContractValidator committed;

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** One answer as received; {@code fields}, those its request asked for with {@code fields=} (empty: all). */
    public record Answer(String method, String path, int status, String contentType, byte[] body,
                         Function<String, String> header, Set<String> fields) {

        public Answer(String method, String path, int status, String contentType, byte[] body, Function<String, String> header) {
            this(method, path, status, contentType, body, header, Set.of());
        }
    }

    private record Route(String template, Pattern pattern, int literalLength) {
    }

    public static synchronized ContractValidator committed() {
        if (committed == null) {
            try {
                committed = new ContractValidator(new YAMLMapper().readTree(CONTRACT.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return committed;
    }

    public ContractValidator(JsonNode contract) {
        this.document = contract.deepCopy();
        close(document);
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // JSON Schema 2020-12 only annotates formats by default; a date-time must really be one.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, json)).schemaRegistryConfig(config));
        document.path("paths").fieldNames().forEachRemaining(template -> routes.add(route(template)));
        // The most literal template wins: /events/{slug}.ics before /events/{slug}.
        routes.sort(Comparator.comparingInt(Route::literalLength).reversed());
    }

    /** Every way the answer departs from the contract; empty when it conforms. */
    public List<String> violations(Answer answer) {
        List<String> violations = new ArrayList<>();
        String method = answer.method().equalsIgnoreCase("HEAD") ? "get" : answer.method().toLowerCase(Locale.ROOT);
        Optional<String> template = routes.stream().filter(r -> r.pattern().matcher(answer.path()).matches())
                .map(Route::template).filter(t -> document.path("paths").path(t).has(method)).findFirst();
        if (template.isEmpty()) {
            if (answer.status() >= 400) {
                // No operation answers here, yet every error is a problem.
                checkProblem(answer, violations);
            }
            return violations;
        }
        String operation = "#/paths/" + escape(template.get()) + "/" + method;
        JsonNode responses = document.path("paths").path(template.get()).path(method).path("responses");
        String code = String.valueOf(answer.status());
        String range = code.charAt(0) + "XX";
        String key = responses.has(code) ? code : responses.has(range) ? range : responses.has("default") ? "default" : null;
        String where = answer.method() + " " + answer.path() + " -> " + answer.status() + ": ";
        if (key == null) {
            violations.add(where + "status " + code + " is not declared by " + template.get() + " (declared: "
                    + String.join(", ", names(responses.fieldNames())) + ")");
            return violations;
        }
        String pointer = operation + "/responses/" + escape(key);
        JsonNode response = responses.path(key);
        while (response.has("$ref")) {
            pointer = response.path("$ref").asText();
            response = at(pointer);
        }
        checkHeaders(response, answer, where, violations);
        JsonNode content = response.path("content");
        boolean hasBody = answer.body() != null && answer.body().length > 0 && !answer.method().equalsIgnoreCase("HEAD");
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                violations.add(where + "a body came although the contract declares none");
            }
            return violations;
        }
        if (answer.method().equalsIgnoreCase("HEAD")) {
            return violations;
        }
        String mediaType = mediaType(answer.contentType());
        Optional<String> declared = names(content.fieldNames()).stream().filter(m -> covers(m, mediaType)).findFirst();
        if (declared.isEmpty()) {
            violations.add(where + "media type '" + mediaType + "' is not declared (declared: "
                    + String.join(", ", names(content.fieldNames())) + ")");
            return violations;
        }
        if (isJson(mediaType) && content.path(declared.get()).has("schema")) {
            validate(pointer + "/content/" + escape(declared.get()) + "/schema", answer.body(), answer.fields(), where, violations);
        }
        return violations;
    }

    /** Errors of {@code value} against the schema at {@code pointer} (a JSON pointer into the contract, {@code #/...}). */
    public List<String> validate(String pointer, JsonNode value) {
        return schema(pointer).validate(value).stream().map(ContractValidator::describe).toList();
    }

    public JsonNode document() {
        return document;
    }

    private void checkProblem(Answer answer, List<String> violations) {
        String where = answer.method() + " " + answer.path() + " -> " + answer.status() + ": ";
        String mediaType = mediaType(answer.contentType());
        if (!mediaType.equals(PROBLEM_MEDIA_TYPE)) {
            violations.add(where + "media type '" + mediaType + "' is not " + PROBLEM_MEDIA_TYPE);
            return;
        }
        validate(PROBLEM, answer.body(), Set.of(), where, violations);
    }

    private void checkHeaders(JsonNode response, Answer answer, String where, List<String> violations) {
        response.path("headers").properties().forEach(entry -> {
            JsonNode header = entry.getValue();
            while (header.has("$ref")) {
                header = at(header.path("$ref").asText());
            }
            if (header.path("required").asBoolean(false) && answer.header().apply(entry.getKey()) == null) {
                violations.add(where + "required header " + entry.getKey() + " is missing");
            }
        });
    }

    private void validate(String pointer, byte[] body, Set<String> fields, String where, List<String> violations) {
        JsonNode value;
        try {
            value = new ObjectMapper().readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            violations.add(where + "the body is not JSON: " + e.getMessage());
            return;
        }
        if (value == null || value.isMissingNode()) {
            violations.add(where + "the body is empty");
            return;
        }
        schema(pointer).validate(value).stream().filter(error -> !leftOut(error, fields))
                .forEach(error -> violations.add(where + describe(error)));
    }

    /** With {@code fields=}, the items of a page hold the fields asked for alone, as the contract says: others may be absent. */
    private static boolean leftOut(Error error, Set<String> fields) {
        return !fields.isEmpty() && "required".equals(error.getKeyword()) && !fields.contains(error.getProperty())
                && PAGE_ITEM.matcher(error.getInstanceLocation().toString()).matches();
    }

    private Schema schema(String pointer) {
        // A URI fragment cannot hold the braces of a path template.
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(
                SchemaLocation.of(DOCUMENT + p.replace("{", "%7B").replace("}", "%7D"))));
    }

    private JsonNode at(String pointer) {
        return document.at(pointer.substring(1));
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }

    /**
     * Adds {@code additionalProperties: false} to every schema that lists properties and says nothing about others,
     * so that a property the contract does not declare fails here. The published contract leaves objects open,
     * because v1 may add properties and a strict client must not break on them.
     */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("properties").isObject() && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(e -> {
                if (!e.getKey().equals("example") && !e.getKey().equals("examples")) {
                    close(e.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(ContractValidator::close);
        }
    }

    private static Route route(String template) {
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            if (part.startsWith("{")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(part));
                literal += part.length();
            }
        }
        return new Route(template, Pattern.compile(regex.toString()), literal);
    }

    private static boolean covers(String declared, String actual) {
        if (declared.equals(actual) || declared.equals("*/*")) {
            return true;
        }
        return declared.endsWith("/*") && actual.startsWith(declared.substring(0, declared.length() - 1));
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> names(Iterator<String> iterator) {
        List<String> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
