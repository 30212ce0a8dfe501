package org.cep.content.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/** {@code q} on a collection: whole words, phrases and exclusions, ignoring case and accents, ranked by where words hit. */
@QuarkusTest
class FullTextSearchTest {

    private static final String PREFIX = "fts-";
    private static final String TAG = PREFIX + "tag";

    @Inject
    ContentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.tag(TAG, "FTS tag");
        news("in-title", "Zorblat probation review", "An overview of the year.", "Nothing more to say.");
        news("in-summary", "Other matters", "A zorblat note.", "Plain words.");
        news("in-body", "Annual report", "Figures.", "The **zorblat** programme in Ölmütz, with café culture.");
        news("phrase", "Quixotic Wumble", "Short.", "Wumble, then quixotic.");
        news("markup", "Escapes", "Tom & Jerry <b>Wümpus</b> notes", "Body.");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    private static void news(String slug, String title, String summary, String body) {
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("slug", PREFIX + slug, "title", title, "summary", summary, "body", body, "status", "published",
                        "publishedAt", "2025-03-01T10:00:00Z", "tags", List.of(TAG)))
                .when().post("/api/v1/news").then().statusCode(201);
    }

    private static RequestSpecification tagged() {
        return given().queryParam("tag", TAG);
    }

    @Test
    void words_match_ignoring_case_and_accents() {
        tagged().queryParam("q", "OLMUTZ").when().get("/api/v1/news").then().statusCode(200)
                .body("items.slug", contains(PREFIX + "in-body"));
        tagged().queryParam("q", "ölmütz cafe").when().get("/api/v1/news").then().body("items.slug", contains(PREFIX + "in-body"));
    }

    @Test
    void a_word_matches_whole_words_only() {
        tagged().queryParam("q", "zorbla").when().get("/api/v1/news").then().statusCode(200).body("items", empty());
    }

    @Test
    void by_default_a_title_hit_ranks_above_a_summary_hit_above_a_body_hit() {
        tagged().queryParam("q", "zorblat").when().get("/api/v1/news").then().statusCode(200)
                .body("items.slug", contains(PREFIX + "in-title", PREFIX + "in-summary", PREFIX + "in-body"))
                .body("page.nextCursor", nullValue());
        tagged().queryParam("q", "zorblat").queryParam("sort", "relevance").queryParam("size", "1").when().get("/api/v1/news")
                .then().body("items.slug", contains(PREFIX + "in-title")).body("page.totalItems", equalTo(3));
        tagged().queryParam("q", "zorblat").queryParam("sort", "relevance").queryParam("size", "1").queryParam("page", "3")
                .when().get("/api/v1/news").then().body("items.slug", contains(PREFIX + "in-body"));
    }

    @Test
    void another_order_can_be_asked_for_with_q() {
        tagged().queryParam("q", "zorblat").queryParam("sort", "title").when().get("/api/v1/news").then().statusCode(200)
                .body("items.slug", contains(PREFIX + "in-body", PREFIX + "in-summary", PREFIX + "in-title"));
    }

    @Test
    void a_quoted_phrase_needs_its_words_in_a_row() {
        tagged().queryParam("q", "\"quixotic wumble\"").when().get("/api/v1/news").then().body("items.slug", contains(PREFIX + "phrase"));
        tagged().queryParam("q", "\"then quixotic\"").when().get("/api/v1/news").then().body("items.slug", contains(PREFIX + "phrase"));
        tagged().queryParam("q", "\"wumble quixotic\"").when().get("/api/v1/news").then().body("items", empty());
    }

    @Test
    void a_word_with_a_minus_excludes() {
        tagged().queryParam("q", "zorblat -review").when().get("/api/v1/news").then().statusCode(200)
                .body("items.slug", containsInAnyOrder(PREFIX + "in-summary", PREFIX + "in-body"));
        tagged().queryParam("q", "zorblat -\"cafe culture\"").when().get("/api/v1/news").then()
                .body("items.slug", containsInAnyOrder(PREFIX + "in-title", PREFIX + "in-summary"));
    }

    @Test
    void each_listed_item_carries_a_snippet_with_the_words_marked_and_the_rest_escaped() {
        tagged().queryParam("q", "wumpus").when().get("/api/v1/news").then().statusCode(200)
                .body("items[0].snippet", equalTo("Tom &amp; Jerry &lt;b&gt;<mark>Wümpus</mark>&lt;/b&gt; notes"));
        tagged().queryParam("q", "zorblat olmutz").when().get("/api/v1/news").then()
                .body("items[0].snippet", equalTo("The <mark>zorblat</mark> programme in <mark>Ölmütz</mark>, with café culture."));
        tagged().queryParam("q", "wumpus").queryParam("fields", "slug,snippet").when().get("/api/v1/news").then().statusCode(200)
                .body("items[0].keySet()", containsInAnyOrder("slug", "snippet"));
        tagged().when().get("/api/v1/news").then().statusCode(200).body("items.snippet", everyItem(nullValue()));
    }

    @Test
    void relevance_without_q_is_refused_naming_sort() {
        given().queryParam("sort", "relevance").when().get("/api/v1/events").then().statusCode(400)
                .body("errors[0].name", equalTo("sort")).body("errors[0].reason", containsString("needs it: give q"));
    }

    @Test
    void a_cursor_cannot_walk_relevance() {
        given().queryParam("q", "probation").queryParam("after", "abc").when().get("/api/v1/projects").then().statusCode(400)
                .body("errors[0].name", equalTo("after")).body("errors[0].reason", containsString("relevance"));
    }

    @Test
    void a_q_without_words_is_refused() {
        given().queryParam("q", "!!! --").when().get("/api/v1/people").then().statusCode(400)
                .body("errors[0].name", equalTo("q")).body("errors[0].reason", containsString("no word"));
    }
}
