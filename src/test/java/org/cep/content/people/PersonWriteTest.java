package org.cep.content.people;

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

import java.util.Arrays;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** People are written with an editor's token; deleting one takes them out of every item that names them, and nothing else. */
@QuarkusTest
class PersonWriteTest {

    private static final String PREFIX = "pwt-";

    @Inject
    ContentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "tag", "PWT tag");
        fixtures.tag(PREFIX + "other-tag", "PWT other tag");
        fixtures.person(PREFIX + "first", "Fiona", "First");
        fixtures.person(PREFIX + "last", "Lars", "Last");
        fixtures.project(PREFIX + "project", "PWT project");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    static Map<String, Object> body(String slug) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "honorific", "Dr.", "givenName", "Greta",
                "familyName", "Gone", "role", "Researcher", "organisation", "CEP", "country", "BE",
                "bio", "Greta works on *probation*.", "status", "published"));
        body.put("tags", List.of(PREFIX + "other-tag", PREFIX + "tag"));
        return body;
    }

    @Test
    void an_editor_creates_a_person_and_its_etag_is_the_one_a_get_gives() {
        Response created = editor().contentType(ContentType.JSON).body(body(PREFIX + "gone"))
                .when().post("/api/v1/people")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/people/" + PREFIX + "gone"))
                .header("ETag", notNullValue())
                .body("name", equalTo("Greta Gone"))
                .body("tags.slug", contains(PREFIX + "other-tag", PREFIX + "tag"))
                .extract().response();
        given().when().get("/api/v1/people/" + PREFIX + "gone")
                .then().statusCode(200).header("ETag", equalTo(created.header("ETag")))
                .body("country", equalTo("BE")).body("bio.html", containsString("<em>probation</em>"));
    }

    @Test
    void deleting_a_person_takes_them_out_of_every_item_that_names_them_and_keeps_the_others_in_order() {
        create("people", body(PREFIX + "gone"));
        List<String> around = List.of(PREFIX + "first", PREFIX + "gone", PREFIX + "last");
        create("expert-groups", new HashMap<>(Map.of("slug", PREFIX + "group", "name", "PWT group", "status", "published",
                "chairs", around, "members", List.of(PREFIX + "last", PREFIX + "gone", PREFIX + "first"),
                "tags", List.of(PREFIX + "tag"))));
        create("news", new HashMap<>(Map.of("slug", PREFIX + "news", "title", "PWT news", "status", "published",
                "author", PREFIX + "gone", "people", around, "project", PREFIX + "project", "tags", List.of(PREFIX + "tag"))));
        create("news", new HashMap<>(Map.of("slug", PREFIX + "other-news", "title", "PWT other news", "status", "published",
                "author", PREFIX + "first", "people", List.of(PREFIX + "gone"))));
        create("projects", new HashMap<>(Map.of("slug", PREFIX + "work", "title", "PWT work", "state", "ongoing",
                "status", "published", "people", around, "tags", List.of(PREFIX + "tag"))));
        List<String> referring = List.of("/api/v1/expert-groups/" + PREFIX + "group", "/api/v1/news/" + PREFIX + "news",
                "/api/v1/news/" + PREFIX + "other-news", "/api/v1/projects/" + PREFIX + "work");
        List<String> before = referring.stream().map(Writes::etag).toList();

        editor().header("If-Match", etag("/api/v1/people/" + PREFIX + "gone"))
                .when().delete("/api/v1/people/" + PREFIX + "gone").then().statusCode(204);

        editor().when().get("/api/v1/people/" + PREFIX + "gone").then().statusCode(404);
        given().when().get(referring.get(0)).then().statusCode(200)
                .body("name", equalTo("PWT group"))
                .body("chairs.slug", contains(PREFIX + "first", PREFIX + "last"))
                .body("members.slug", contains(PREFIX + "last", PREFIX + "first"))
                .body("tags.slug", contains(PREFIX + "tag"));
        given().when().get(referring.get(1)).then().statusCode(200)
                .body("title", equalTo("PWT news"))
                .body("author", nullValue())
                .body("people.slug", contains(PREFIX + "first", PREFIX + "last"))
                .body("project.slug", equalTo(PREFIX + "project"))
                .body("tags.slug", contains(PREFIX + "tag"));
        given().when().get(referring.get(2)).then().statusCode(200)
                .body("author.slug", equalTo(PREFIX + "first"))
                .body("people", empty());
        given().when().get(referring.get(3)).then().statusCode(200)
                .body("title", equalTo("PWT work"))
                .body("people.slug", contains(PREFIX + "first", PREFIX + "last"))
                .body("tags.slug", contains(PREFIX + "tag"));
        for (int i = 0; i < referring.size(); i++) {
            given().when().get(referring.get(i)).then().header("ETag", not(equalTo(before.get(i))));
        }
        given().when().get("/api/v1/people/" + PREFIX + "first").then().statusCode(200)
                .body("expertGroups.role", contains("chair", "member"));
        given().when().get("/api/v1/people/" + PREFIX + "last").then().statusCode(200)
                .body("expertGroups.role", contains("chair", "member"));
    }

    @Test
    void deleting_a_person_leaves_the_tags_they_carried() {
        create("people", body(PREFIX + "tagged"));
        editor().header("If-Match", etag("/api/v1/people/" + PREFIX + "tagged"))
                .when().delete("/api/v1/people/" + PREFIX + "tagged").then().statusCode(204);
        given().when().get("/api/v1/tags/" + PREFIX + "tag").then().statusCode(200).body("counts.people", equalTo(0));
        given().when().get("/api/v1/tags/" + PREFIX + "other-tag").then().statusCode(200);
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("slug", PREFIX + "ends-with-", "slug"),
                Arguments.of("slug", PREFIX + "Capital", "slug"),
                Arguments.of("slug", PREFIX + "a".repeat(200), "slug"),
                Arguments.of("givenName", null, "givenName"),
                Arguments.of("familyName", " ", "familyName"),
                Arguments.of("honorific", "x".repeat(51), "honorific"),
                Arguments.of("role", "x".repeat(501), "role"),
                Arguments.of("organisation", "x".repeat(501), "organisation"),
                Arguments.of("country", "XX", "country"),
                Arguments.of("country", "be", "country"),
                Arguments.of("bio", "x".repeat(100_001), "bio"),
                Arguments.of("tags", List.of(PREFIX + "tag", PREFIX + "no-such-tag"), "tags[1]"),
                Arguments.of("tags", Arrays.asList(PREFIX + "tag", null), "tags[1]"),
                Arguments.of("status", null, "status"),
                Arguments.of("status", "archived", "status"),
                Arguments.of("publishedAt", "next tuesday", "publishedAt"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidFields")
    void an_invalid_field_is_400_naming_it_and_nothing_is_stored(String field, Object value, String named) {
        Map<String, Object> body = body(PREFIX + "invalid");
        body.put(field, value);
        refused("people", body, named);
    }

    @Test
    void a_failed_replace_leaves_the_person_as_they_were() {
        String etag = create("people", body(PREFIX + "kept"));
        Map<String, Object> bad = body(PREFIX + "kept");
        bad.put("familyName", "Changed");
        bad.put("tags", List.of(PREFIX + "tag", PREFIX + "no-such-tag"));
        editor().header("If-Match", etag).contentType(ContentType.JSON).body(bad)
                .when().put("/api/v1/people/" + PREFIX + "kept")
                .then().statusCode(400).body("errors.name", contains("tags[1]"));
        given().when().get("/api/v1/people/" + PREFIX + "kept").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("familyName", equalTo("Gone"))
                .body("tags.slug", contains(PREFIX + "other-tag", PREFIX + "tag"));
    }
}
