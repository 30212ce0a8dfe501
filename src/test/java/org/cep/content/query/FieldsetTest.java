package org.cep.content.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** {@code fields=} keeps only the fields asked for of each item, on every collection, and refuses a field there is not. */
@QuarkusTest
class FieldsetTest {

    @ParameterizedTest(name = "{0}?fields={1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/events        | slug,title,startsAt
            /api/v1/news          | title,publishedAt
            /api/v1/people        | slug,givenName,familyName
            /api/v1/projects      | acronym
            /api/v1/expert-groups | name,url
            /api/v1/tags          | slug,label
            /api/v1/media         | slug
            """)
    void each_item_holds_the_fields_asked_for_alone(String path, String fields) {
        JsonPath whole = given().get(path).then().statusCode(200).extract().jsonPath();
        JsonPath sparse = given().queryParam("fields", fields).get(path).then().statusCode(200).extract().jsonPath();
        List<String> asked = List.of(fields.split(","));
        List<Map<String, Object>> items = sparse.getList("items");
        assertEquals(whole.getList("items").size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> full = whole.getMap("items[" + i + "]");
            Map<String, Object> expected = new LinkedHashMap<>();
            full.forEach((name, value) -> {
                if (asked.contains(name)) {
                    expected.put(name, value);
                }
            });
            assertEquals(expected, items.get(i), "item " + i + " of " + path);
        }
        assertEquals(whole.getMap("page"), sparse.getMap("page"));
    }

    @Test
    void a_sparse_page_keeps_the_order_of_the_view_and_has_its_own_etag() {
        Response whole = given().queryParam("size", 3).get("/api/v1/events");
        Response sparse = given().queryParam("size", 3).queryParam("fields", "title,slug").get("/api/v1/events");
        String first = sparse.asString().substring(sparse.asString().indexOf("\"items\":[{") + 10);
        assertFalse(first.startsWith("\"title\""), "fields are written in the view's order, slug before title");
        String etag = sparse.header("ETag");
        assertNotEquals(whole.header("ETag"), etag);
        given().queryParam("size", 3).queryParam("fields", "title,slug").header("If-None-Match", etag)
                .get("/api/v1/events").then().statusCode(304);
    }

    @ParameterizedTest(name = "{0}?fields={1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/events    | slug,colour       | has no field 'colour'; accepted, comma-separated: slug, title,
            /api/v1/events    | slug,,title       | names an empty field
            /api/v1/tags      | startsAt          | has no field 'startsAt'; accepted, comma-separated: slug, label
            /api/v1/events.ics | slug             | a feed's entries have the fields of its format
            /api/v1/news.atom | title             | a feed's entries have the fields of its format
            /api/v1/news.json | title             | a feed's entries have the fields of its format
            """)
    void a_field_there_is_not_is_a_400_listing_those_there_are(String path, String fields, String reason) {
        given().queryParam("fields", fields).get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/invalid-parameters"))
                .body("errors", hasSize(1))
                .body("errors[0].name", equalTo("fields"))
                .body("errors[0].reason", containsString(reason));
    }
}
