package org.cep.content.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cep.content.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.cep.content.resilience.Generator.between;
import static org.cep.content.resilience.Generator.chars;
import static org.cep.content.resilience.Generator.frequencyOf;
import static org.cep.content.resilience.Generator.integers;
import static org.cep.content.resilience.Generator.just;
import static org.cep.content.resilience.Generator.of;
import static org.cep.content.resilience.Generator.strings;
import static org.cep.content.resilience.Generator.textChars;
import static org.cep.content.resilience.Generator.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every write operation of the committed contract (POST, PUT, PATCH and DELETE of each resource), sends generated
 * hostile requests, with an editor's token, another role's, a forged one and none: bodies of wrong types, huge and
 * unicode values, SQL and script fragments, deep nesting, a 10 MB body, malformed JSON, wrong content types and
 * bogus If-Match values. None may be a 5xx, every 4xx must be problem+json, and afterwards every collection, drafts
 * and the change log included, must read exactly as before. A POST always names a slug that is taken and the
 * If-Match of the others never carries the item's ETag nor {@code *}, so no request is a valid write.
 */
@QuarkusTest
class HostileWritesTest {

    private static final int TRIES_PER_OPERATION = 150;
    /** The same requests on every run, as HostileInputTest; -Dhostile.seed=... explores others. */
    private static final long SEED = Long.getLong("hostile.seed", 20261123L);
    private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String FORGED = "Bearer eyJhbGciOiJIUzI1NiJ9.hostile-secret.c2ln";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String editor = Tokens.editor();
    private final String reader = Tokens.bearer("reader", "hostile-reader");

    /** A write operation: its method, path template, media type of its body (none for DELETE) and its resource's example input. */
    record Operation(String method, String path, String mediaType, ObjectNode example) {
        @Override
        public String toString() {
            return method + " " + path;
        }

        String collection() {
            return path.replace("/{slug}", "");
        }
    }

    /** One generated request; a null header value leaves the header out. */
    record Attempt(String path, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            return brief(path) + " headers " + headers.entrySet().stream().map(e -> e.getKey() + "=" + brief(String.valueOf(e.getValue()))).toList()
                    + " body " + brief(body);
        }

        private static String brief(String text) {
            return text.length() <= 80 ? text : text.substring(0, 80) + "...(" + text.length() + " chars)";
        }
    }

    static Stream<Operation> operations() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
        List<Operation> operations = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> {
            // Content writes only: webhooks and previews are no content, and their tests check their bad input.
            if (path.getKey().startsWith("/api/v1/webhooks") || path.getKey().startsWith("/api/v1/previews")) {
                return;
            }
            // The body a replace takes is the resource's input (an upload, as a media item's create, is MediaResourceTest's).
            JsonNode replace = contract.get("paths").path(path.getKey().replace("/{slug}", "") + "/{slug}").path("put");
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null && !operation.at("/requestBody/content/multipart~1form-data").isObject()) {
                    String input = replace.at("/requestBody/content/application~1json/schema/$ref").asText().replace("#/components/schemas/", "");
                    ObjectNode example = (ObjectNode) contract.at("/components/schemas/" + input + "/examples/0");
                    String mediaType = operation.path("requestBody").path("content").fieldNames().hasNext()
                            ? operation.path("requestBody").path("content").fieldNames().next() : null;
                    operations.add(new Operation(method.toUpperCase(), path.getKey(), mediaType, example));
                }
            }
        });
        return operations.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void hostile_writes_get_no_5xx_only_problem_4xx_and_store_nothing(Operation operation) throws Exception {
        String taken = anExistingSlug(operation);
        String before = contentDigest();
        List<Attempt> attempts = new ArrayList<>(landmarks(operation, taken));
        attempts.addAll(attempts(operation, taken).samples(SEED + operation.toString().hashCode(), TRIES_PER_OPERATION));
        for (Attempt attempt : attempts) {
            HttpResponse<String> response = send(operation.method(), attempt);
            String where = operation.method() + " " + attempt;
            assertTrue(response.statusCode() < 500, () -> response.statusCode() + " for " + where + ": " + response.body());
            if (response.statusCode() >= 400) {
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""),
                        () -> response.statusCode() + " for " + where);
            }
            assertFalse(response.body().contains(FORGED.substring(7)), () -> "the forged token came back for " + where);
        }
        assertEquals(before, contentDigest(), "every collection, drafts and the change log included, is exactly what it was");
    }

    /** The extremes, each sent once with an editor's token to an item that exists, so they reach the body's readers. */
    private List<Attempt> landmarks(Operation operation, String taken) {
        String path = operation.path().replace("{slug}", taken);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", editor);
        headers.put("If-Match", "\"bogus\"");
        headers.put("Content-Type", operation.mediaType() == null ? "application/json" : operation.mediaType());
        int depth = 10_000;
        return Stream.of("{\"slug\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}",
                        "[".repeat(depth) + "]".repeat(depth),
                        "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                        "{\"slug\": ", "{'slug': 'x'}", "{\"slug\": \"a\",}", "\uFEFF{}", "null", "")
                .map(body -> new Attempt(path, headers, body))
                .toList();
    }

    /** The generated attempts; a seed always gives the same ones, so that a failure can be replayed. */
    private Generator<Attempt> attempts(Operation operation, String taken) {
        Generator<String> path = operation.path().contains("{slug}")
                ? frequencyOf(
                        weighted(7, just(operation.path().replace("{slug}", taken))),
                        weighted(3, hostileValues().map(v -> operation.path().replace("{slug}", encodePath(v)))))
                : frequencyOf(
                        weighted(9, just(operation.path())),
                        weighted(1, hostileValues().map(v -> operation.path() + "/" + encodePath(v))));
        Generator<String> authorization = frequencyOf(
                weighted(5, just(editor)), weighted(2, just((String) null)),
                weighted(1, just(reader)), weighted(1, just(FORGED)),
                weighted(1, of("Bearer", "Basic YWRtaW46YWRtaW4=", "Bearer " + "A".repeat(4000))));
        Generator<String> contentType = frequencyOf(
                weighted(6, just(operation.mediaType() == null ? "application/json" : operation.mediaType())),
                weighted(4, of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                        "application/json; charset=utf-16", "application/merge-patch+json", "application/json", "application/", "*/*",
                        "application/json; charset=\"", "")),
                weighted(1, just((String) null)));
        Generator<String> ifMatch = bogusIfMatch();
        Generator<Map<String, String>> headers = random -> {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("Authorization", authorization.next(random));
            map.put("Content-Type", contentType.next(random));
            map.put("If-Match", ifMatch.next(random));
            return map;
        };
        Generator<String> body = body(operation, taken);
        return random -> new Attempt(path.next(random), headers.next(random), body.next(random));
    }

    /** No If-Match, or one that can match no item: never the item's ETag, never {@code *}. */
    private static Generator<String> bogusIfMatch() {
        return frequencyOf(
                weighted(2, just((String) null)),
                weighted(3, of("\"bogus\"", "W/\"bogus\"", "\"\"", "bogus", "\"a\", \"b\"", "\"' OR '1'='1\"", "\"<script>\"",
                        "\"" + "0".repeat(64) + "\"", "\"" + "f".repeat(8000) + "\"", ",", "W/", "\"unterminated")),
                weighted(2, strings(chars(' ', '~'), 300)
                        .filter(value -> Stream.of(value.split(",")).noneMatch(tag -> tag.strip().equals("*")))));
    }

    private Generator<String> body(Operation operation, String taken) {
        int depthLimit = 5000;
        return frequencyOf(
                weighted(5, mutatedExample(operation, taken)),
                weighted(1, strings(textChars(), 2000)),
                weighted(1, between(1, depthLimit).map(depth -> "[".repeat(depth) + "]".repeat(depth))),
                weighted(1, between(1, depthLimit).map(depth -> "{\"slug\":".repeat(depth) + "1" + "}".repeat(depth))),
                weighted(1, of("[]", "1", "\"text\"", "true", "null", "[{}]", "{}", "{\"slug\": null}")),
                weighted(1, between(0, 200).map(cut -> {
                    String example = operation.example().toString();
                    return example.substring(0, Math.min(cut, example.length() - 1));
                })),
                weighted(1, just("")));
    }

    /** The resource's example with one field, or a new one, given a hostile value; a POST keeps a slug that is taken. */
    private Generator<String> mutatedExample(Operation operation, String taken) {
        List<String> fields = new ArrayList<>();
        operation.example().fieldNames().forEachRemaining(fields::add);
        Generator<String> field = frequencyOf(weighted(8, of(fields)), weighted(2, hostileValues()));
        Generator<JsonNode> hostileJson = hostileJson();
        return random -> {
            String name = field.next(random);
            JsonNode value = hostileJson.next(random);
            ObjectNode body = operation.example().deepCopy();
            if (operation.method().equals("POST")) {
                body.put("slug", taken);
            }
            boolean freeSlug = value.isTextual() && value.asText().matches(SLUG);
            if (!(operation.method().equals("POST") && name.equals("slug") && freeSlug)) {
                body.set(name, value);
            }
            return body.toString();
        };
    }

    private static Generator<JsonNode> hostileJson() {
        return frequencyOf(
                weighted(4, hostileValues().map(NODES::textNode)),
                weighted(1, of(NODES.textNode("x".repeat(100_001)), NODES.textNode("Ω😀".repeat(60_000)))),
                weighted(2, of(NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(Long.MAX_VALUE),
                        NODES.numberNode(new BigInteger("9".repeat(40))), NODES.numberNode(1e308), NODES.numberNode(-0.5),
                        NODES.booleanNode(true), NODES.nullNode())),
                weighted(2, hostileValues().list(5).map(values -> {
                    var array = NODES.arrayNode();
                    values.forEach(array::add);
                    return array;
                })),
                weighted(1, hostileValues().map(v -> NODES.objectNode().put(v, v))));
    }

    private static Generator<String> hostileValues() {
        return frequencyOf(
                weighted(3, strings(chars(Character.MIN_VALUE, Character.MAX_VALUE), 100)),
                weighted(3, of("' OR '1'='1", "1; DROP TABLE event; --", "\" OR 1=1 --", "'); DELETE FROM tag; --",
                        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "[x](javascript:alert(1))",
                        "../../etc/passwd", "%00", "\u0000", "${jndi:ldap://x/a}", "{{7*7}}", "-1", "0", "2147483648", "1e308", "NaN",
                        "null", "2025-02-30", "0000-00-00", "+999999999-12-31", "2025-01-01T00:00:00+25:00", "XX", "ftp://example.org",
                        "Ωmega", "😀", "\u202e\u0301", "ǅ", "\uD800", "a".repeat(2000), "violent-extremism")),
                weighted(2, integers().map(String::valueOf)));
    }

    private HttpResponse<String> send(String method, Attempt attempt) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(attempt.path()))
                .timeout(Duration.ofSeconds(60))
                .method(method, attempt.body().isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(attempt.body()));
        attempt.headers().forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String anExistingSlug(Operation operation) throws IOException, InterruptedException {
        JsonNode page = json.readTree(get(operation.collection() + "?size=1" + (operation.collection().endsWith("/tags") ? "" : "&status=any")));
        return page.at("/items/0/slug").asText();
    }

    /** A digest of every page of every collection, drafts included, and of the change log, read with an editor's token. */
    private String contentDigest() throws IOException, InterruptedException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String collection : List.of("events", "news", "people", "projects", "expert-groups", "tags", "changes")) {
            String status = collection.equals("tags") || collection.equals("changes") ? "" : "&status=any";
            for (int page = 1, pages = 1; page <= pages; page++) {
                String body = get("/api/v1/" + collection + "?size=100&page=" + page + status);
                digest.update(body.getBytes(StandardCharsets.UTF_8));
                pages = json.readTree(body).at("/page/totalPages").asInt();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(root.resolve(path)).header("Authorization", editor).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), () -> path + " answered " + response.body());
        return response.body();
    }

    private static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
