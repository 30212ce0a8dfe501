package org.cep.content;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The requests the write tests make: as an editor, a create that answers its ETag, a GET's ETag, and a refused create. */
public final class Writes {

    private Writes() {
    }

    public static RequestSpecification editor() {
        return given().header("Authorization", Tokens.editor());
    }

    /** Creates the item and answers its ETag. */
    public static String create(String resource, Map<String, Object> body) {
        return editor().contentType(ContentType.JSON).body(body).when().post("/api/v1/" + resource)
                .then().statusCode(201).extract().header("ETag");
    }

    public static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A create whose body has one bad field is a 400 naming exactly that field, and stores nothing. */
    public static void refused(String resource, Map<String, Object> body, String named) {
        editor().contentType(ContentType.JSON).body(body).when().post("/api/v1/" + resource)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains(named)).body("errors[0].in", equalTo("body"));
        editor().when().get("/api/v1/" + resource + "/" + body.get("slug")).then().statusCode(404);
    }
}
