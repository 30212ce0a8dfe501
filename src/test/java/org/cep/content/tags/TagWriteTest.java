package org.cep.content.tags;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.Writes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cep.content.Writes.create;
import static org.cep.content.Writes.editor;
import static org.cep.content.Writes.etag;
import static org.cep.content.Writes.refused;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Tags are written with an editor's token; deleting one takes it off the items that carried it, and only it. */
@QuarkusTest
class TagWriteTest {

    private static final String PREFIX = "tgt-";

    @Inject
    ContentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "kept", "TGT kept");
        fixtures.tag(PREFIX + "also-kept", "TGT also kept");
        fixtures.person(PREFIX + "person", "Pia", "Person");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    @Test
    void an_editor_creates_a_tag_and_its_etag_is_the_one_a_get_gives() {
        Response created = editor().contentType(ContentType.JSON).body(Map.of("slug", PREFIX + "new", "label", "TGT new"))
                .when().post("/api/v1/tags")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/tags/" + PREFIX + "new"))
                .header("ETag", notNullValue())
                .body("label", equalTo("TGT new"))
                .body("counts.events", equalTo(0))
                .extract().response();
        given().when().get("/api/v1/tags/" + PREFIX + "new")
                .then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
    }

    @Test
    void deleting_a_tag_takes_it_off_every_item_and_leaves_their_other_tags() {
        create("tags", Map.of("slug", PREFIX + "gone", "label", "TGT gone"));
        List<String> tags = List.of(PREFIX + "kept", PREFIX + "gone", PREFIX + "also-kept");
        create("events", new HashMap<>(Map.of("slug", PREFIX + "event", "title", "TGT event", "kind", "webinar",
                "status", "published", "startsAt", "2030-01-01T10:00:00Z", "endsAt", "2030-01-01T11:00:00Z", "timeZone", "UTC",
                "attendance", "online", "speakers", List.of(PREFIX + "person"), "tags", tags)));
        create("news", new HashMap<>(Map.of("slug", PREFIX + "news", "title", "TGT news", "status", "published",
                "author", PREFIX + "person", "tags", tags)));
        create("people", new HashMap<>(Map.of("slug", PREFIX + "tagged", "givenName", "Tia", "familyName", "Tagged",
                "status", "published", "tags", tags)));
        create("projects", new HashMap<>(Map.of("slug", PREFIX + "project", "title", "TGT project", "state", "ongoing",
                "status", "published", "people", List.of(PREFIX + "person"), "tags", tags)));
        create("expert-groups", new HashMap<>(Map.of("slug", PREFIX + "group", "name", "TGT group", "status", "published",
                "chairs", List.of(PREFIX + "person"), "tags", tags)));
        List<String> carriers = List.of("/api/v1/events/" + PREFIX + "event", "/api/v1/news/" + PREFIX + "news",
                "/api/v1/people/" + PREFIX + "tagged", "/api/v1/projects/" + PREFIX + "project",
                "/api/v1/expert-groups/" + PREFIX + "group");
        List<String> before = carriers.stream().map(Writes::etag).toList();

        editor().header("If-Match", etag("/api/v1/tags/" + PREFIX + "gone"))
                .when().delete("/api/v1/tags/" + PREFIX + "gone").then().statusCode(204);

        given().when().get("/api/v1/tags/" + PREFIX + "gone").then().statusCode(404);
        for (int i = 0; i < carriers.size(); i++) {
            given().when().get(carriers.get(i)).then().statusCode(200)
                    .header("ETag", not(equalTo(before.get(i))))
                    .body("tags.slug", contains(PREFIX + "also-kept", PREFIX + "kept"));
        }
        given().when().get("/api/v1/events/" + PREFIX + "event").then().body("speakers.slug", contains(PREFIX + "person"));
        given().when().get("/api/v1/news/" + PREFIX + "news").then().body("author.slug", equalTo(PREFIX + "person"));
        given().when().get("/api/v1/projects/" + PREFIX + "project").then().body("people.slug", contains(PREFIX + "person"));
        given().when().get("/api/v1/expert-groups/" + PREFIX + "group").then().body("chairs.slug", contains(PREFIX + "person"));
        given().when().get("/api/v1/tags/" + PREFIX + "kept").then().statusCode(200)
                .body("counts.events", equalTo(1)).body("counts.news", equalTo(1)).body("counts.people", equalTo(1))
                .body("counts.projects", equalTo(1)).body("counts.expertGroups", equalTo(1));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("slug", PREFIX + "ends-with-", "slug"),
                Arguments.of("slug", PREFIX + "Capital", "slug"),
                Arguments.of("slug", PREFIX + "double--hyphen", "slug"),
                Arguments.of("slug", PREFIX + "a".repeat(97), "slug"),
                Arguments.of("label", null, "label"),
                Arguments.of("label", " ", "label"),
                Arguments.of("label", "x".repeat(201), "label"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidFields")
    void an_invalid_field_is_400_naming_it_and_nothing_is_stored(String field, Object value, String named) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", PREFIX + "invalid", "label", "TGT invalid"));
        body.put(field, value);
        refused("tags", body, named);
    }

    @Test
    void a_failed_replace_leaves_the_tag_as_it_was() {
        String etag = create("tags", Map.of("slug", PREFIX + "unchanged", "label", "TGT unchanged"));
        editor().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("slug", PREFIX + "Unchanged", "label", "Changed"))
                .when().put("/api/v1/tags/" + PREFIX + "unchanged")
                .then().statusCode(400).body("errors.name", contains("slug"));
        given().when().get("/api/v1/tags/" + PREFIX + "unchanged").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("label", equalTo("TGT unchanged"));
        given().when().get("/api/v1/tags/" + PREFIX + "Unchanged").then().statusCode(404);
    }
}
