package org.cep.content.expertgroups;

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

/** Expert groups are written with an editor's token; deleting one leaves its events, news and people without it. */
@QuarkusTest
class ExpertGroupWriteTest {

    private static final String PREFIX = "egt-";

    @Inject
    ContentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.tag(PREFIX + "tag", "EGT tag");
        fixtures.person(PREFIX + "chair", "Chris", "Chair");
        fixtures.person(PREFIX + "member", "Mia", "Member");
        fixtures.person(PREFIX + "other", "Otto", "Other");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    static Map<String, Object> body(String slug) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "name", "A group",
                "description", "It *meets* twice a year.", "since", 2016, "status", "published"));
        body.put("chairs", List.of(PREFIX + "chair"));
        body.put("members", List.of(PREFIX + "member", PREFIX + "other"));
        body.put("tags", List.of(PREFIX + "tag"));
        return body;
    }

    @Test
    void an_editor_creates_an_expert_group_and_its_etag_is_the_one_a_get_gives() {
        Response created = editor().contentType(ContentType.JSON).body(body(PREFIX + "new"))
                .when().post("/api/v1/expert-groups")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/expert-groups/" + PREFIX + "new"))
                .header("ETag", notNullValue())
                .body("chairs.slug", contains(PREFIX + "chair"))
                .body("members.slug", contains(PREFIX + "member", PREFIX + "other"))
                .extract().response();
        given().when().get("/api/v1/expert-groups/" + PREFIX + "new")
                .then().statusCode(200).header("ETag", equalTo(created.header("ETag")))
                .body("since", equalTo(2016)).body("description.html", containsString("<em>meets</em>"));
    }

    @Test
    void deleting_an_expert_group_leaves_its_events_news_and_people_without_it() {
        create("expert-groups", body(PREFIX + "gone"));
        Map<String, Object> kept = body(PREFIX + "kept");
        kept.put("name", "B group");
        kept.put("chairs", List.of());
        kept.put("members", List.of(PREFIX + "chair"));
        create("expert-groups", kept);
        Map<String, Object> event = new HashMap<>(Map.of("slug", PREFIX + "event", "title", "EGT event", "kind", "meeting",
                "status", "published", "startsAt", "2030-01-01T10:00:00Z", "endsAt", "2030-01-01T11:00:00Z", "timeZone", "UTC",
                "attendance", "online", "speakers", List.of(PREFIX + "other"), "tags", List.of(PREFIX + "tag")));
        event.put("expertGroup", PREFIX + "gone");
        create("events", event);
        create("news", new HashMap<>(Map.of("slug", PREFIX + "news", "title", "EGT news", "status", "published",
                "expertGroup", PREFIX + "gone", "author", PREFIX + "member", "tags", List.of(PREFIX + "tag"))));
        List<String> referring = List.of("/api/v1/events/" + PREFIX + "event", "/api/v1/news/" + PREFIX + "news",
                "/api/v1/people/" + PREFIX + "chair", "/api/v1/people/" + PREFIX + "member", "/api/v1/people/" + PREFIX + "other");
        List<String> before = referring.stream().map(Writes::etag).toList();

        editor().header("If-Match", etag("/api/v1/expert-groups/" + PREFIX + "gone"))
                .when().delete("/api/v1/expert-groups/" + PREFIX + "gone").then().statusCode(204);

        editor().when().get("/api/v1/expert-groups/" + PREFIX + "gone").then().statusCode(404);
        given().when().get(referring.get(0)).then().statusCode(200)
                .body("expertGroup", nullValue())
                .body("title", equalTo("EGT event"))
                .body("speakers.slug", contains(PREFIX + "other"))
                .body("tags.slug", contains(PREFIX + "tag"));
        given().when().get(referring.get(1)).then().statusCode(200)
                .body("expertGroup", nullValue())
                .body("author.slug", equalTo(PREFIX + "member"))
                .body("tags.slug", contains(PREFIX + "tag"));
        given().when().get(referring.get(2)).then().statusCode(200)
                .body("expertGroups.group.slug", contains(PREFIX + "kept"))
                .body("expertGroups.role", contains("member"));
        given().when().get(referring.get(3)).then().statusCode(200).body("expertGroups", empty());
        given().when().get(referring.get(4)).then().statusCode(200).body("expertGroups", empty())
                .body("events.slug", contains(PREFIX + "event"));
        for (int i = 0; i < referring.size(); i++) {
            given().when().get(referring.get(i)).then().header("ETag", not(equalTo(before.get(i))));
        }
        given().when().get("/api/v1/expert-groups/" + PREFIX + "kept").then().statusCode(200)
                .body("members.slug", contains(PREFIX + "chair"));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("slug", PREFIX + "ends-with-", "slug"),
                Arguments.of("slug", PREFIX + "Capital", "slug"),
                Arguments.of("name", null, "name"),
                Arguments.of("name", "", "name"),
                Arguments.of("name", "x".repeat(501), "name"),
                Arguments.of("description", "x".repeat(100_001), "description"),
                Arguments.of("since", 1899, "since"),
                Arguments.of("since", 2101, "since"),
                Arguments.of("since", "long ago", "since"),
                Arguments.of("chairs", List.of(PREFIX + "nobody"), "chairs[0]"),
                Arguments.of("chairs", Arrays.asList((String) null), "chairs[0]"),
                Arguments.of("members", List.of(PREFIX + "member", PREFIX + "nobody"), "members[1]"),
                Arguments.of("members", Arrays.asList(PREFIX + "member", null), "members[1]"),
                Arguments.of("tags", List.of(PREFIX + "tag", PREFIX + "no-such-tag"), "tags[1]"),
                Arguments.of("status", null, "status"),
                Arguments.of("status", "archived", "status"),
                Arguments.of("publishedAt", "next week", "publishedAt"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidFields")
    void an_invalid_field_is_400_naming_it_and_nothing_is_stored(String field, Object value, String named) {
        Map<String, Object> body = body(PREFIX + "invalid");
        body.put(field, value);
        refused("expert-groups", body, named);
    }

    @Test
    void a_failed_replace_leaves_the_expert_group_as_it_was() {
        String etag = create("expert-groups", body(PREFIX + "unchanged"));
        Map<String, Object> bad = body(PREFIX + "unchanged");
        bad.put("name", "Changed");
        bad.put("chairs", List.of(PREFIX + "other"));
        bad.put("members", List.of(PREFIX + "member", PREFIX + "nobody"));
        editor().header("If-Match", etag).contentType(ContentType.JSON).body(bad)
                .when().put("/api/v1/expert-groups/" + PREFIX + "unchanged")
                .then().statusCode(400).body("errors.name", contains("members[1]"));
        given().when().get("/api/v1/expert-groups/" + PREFIX + "unchanged").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("name", equalTo("A group"))
                .body("chairs.slug", contains(PREFIX + "chair"))
                .body("members.slug", contains(PREFIX + "member", PREFIX + "other"));
    }
}
