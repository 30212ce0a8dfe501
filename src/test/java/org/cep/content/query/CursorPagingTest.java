package org.cep.content.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Walking a collection with {@code after} gives what page numbers give, and stays put when items come and go. */
@QuarkusTest
class CursorPagingTest {

    private static final String PREFIX = "zz-cursor-";
    private static final String TAG = PREFIX + "tag";
    private static final Instant TIE = Instant.parse("2024-03-01T10:00:00Z");

    @Inject
    ContentFixtures fixtures;

    /** Items whose sort keys tie, so that only the id tells them apart, and projects with no dates (nulls). */
    @BeforeEach
    void create_items_with_equal_and_unknown_sort_keys() {
        fixtures.tag(TAG, "ZZ cursor");
        for (int i = 0; i < 7; i++) {
            fixtures.newsItem(PREFIX + "news-" + i, TIE, List.of(TAG), null);
        }
        for (int i = 0; i < 5; i++) {
            fixtures.publishedEvent(PREFIX + "event-" + i, TIE, List.of(TAG));
            fixtures.project(PREFIX + "project-" + i, "ZZ project");
            fixtures.person(PREFIX + "person-" + i, "Zed", "Zedd");
        }
    }

    @AfterEach
    void remove_them() {
        fixtures.removeAll(PREFIX);
    }

    @ParameterizedTest(name = "{0}?sort={1}")
    @CsvSource({
            "/api/v1/projects, ''", "/api/v1/projects, endDate", "/api/v1/projects, -title",
            "/api/v1/events, ''", "/api/v1/events, -startsAt", "/api/v1/events, title",
            "/api/v1/people, ''", "/api/v1/people, -givenName",
            "/api/v1/expert-groups, ''", "/api/v1/expert-groups, since", "/api/v1/expert-groups, -since",
            "/api/v1/news, ''", "/api/v1/news, publishedAt", "/api/v1/news, -title",
            "/api/v1/tags, ''", "/api/v1/tags, -slug"})
    void walking_by_cursor_gives_the_items_and_pages_of_page_numbers(String path, String sort) {
        List<JsonPath> byNumber = new ArrayList<>();
        for (int number = 1; number == 1 || !byNumber.get(number - 2).getList("items").isEmpty(); number++) {
            byNumber.add(list(sort).queryParam("page", number).when().get(path).then().statusCode(200).extract().jsonPath());
        }
        List<JsonPath> byCursor = walk(path, sort);
        assertEquals(slugs(byNumber), slugs(byCursor));
        for (int i = 0; i < byCursor.size(); i++) {
            assertEquals(i + 1, byCursor.get(i).getInt("page.number"), "the number of cursor page " + (i + 1));
            assertEquals(byNumber.get(i).getLong("page.totalItems"), byCursor.get(i).getLong("page.totalItems"));
        }
    }

    @Test
    void a_cursor_page_links_to_the_first_page_and_the_next_cursor_only() {
        String cursor = list("").queryParam("tag", TAG).when().get("/api/v1/news").then().extract().path("page.nextCursor");
        Response second = list("").queryParam("tag", TAG).queryParam("after", cursor).when().get("/api/v1/news");
        String next = second.path("page.nextCursor");
        assertNotNull(next);
        String link = second.header("Link");
        assertTrue(link.contains("after=" + next + ">; rel=\"next\""), link);
        assertTrue(link.matches("^<[^>]*/api/v1/news\\?[^>]*page=1[^>]*>; rel=\"first\".*"), link);
        assertFalse(link.substring(0, link.indexOf("rel=\"first\"")).contains("after="), link);
        assertFalse(link.contains("rel=\"prev\"") || link.contains("rel=\"last\""), link);
    }

    @Test
    void the_last_page_has_no_next_cursor_and_no_next_link() {
        List<JsonPath> pages = walk("/api/v1/news?tag=" + TAG, "");
        assertEquals(3, pages.size());
        list("").queryParam("tag", TAG).queryParam("after", pages.get(1).getString("page.nextCursor"))
                .when().get("/api/v1/news")
                .then().statusCode(200).body("items", hasSize(1)).body("page.number", equalTo(3)).body("page.nextCursor", nullValue())
                .header("Link", not(containsString("rel=\"next\"")));
    }

    @Test
    void items_created_or_deleted_before_the_cursor_do_not_shift_the_next_page() {
        JsonPath first = list("").queryParam("tag", TAG).when().get("/api/v1/news").then().extract().jsonPath();
        String cursor = first.getString("page.nextCursor");
        List<String> next = list("").queryParam("tag", TAG).queryParam("after", cursor).when().get("/api/v1/news")
                .then().extract().path("items.slug");
        given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("slug", PREFIX + "newer", "title", "Newer", "status", "published", "tags", List.of(TAG),
                        "publishedAt", TIE.plus(1, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/news").then().statusCode(201);
        String lastOfPage = first.getString("items[2].slug");
        String etag = given().when().get("/api/v1/news/" + lastOfPage).then().extract().header("ETag");
        given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                .when().delete("/api/v1/news/" + lastOfPage).then().statusCode(204);
        list("").queryParam("tag", TAG).queryParam("after", cursor).when().get("/api/v1/news")
                .then().statusCode(200).body("items.slug", equalTo(next));
    }

    @Test
    void a_news_feed_continues_after_a_cursor_of_the_news() {
        JsonPath second = walk("/api/v1/news?tag=" + TAG, "").get(1);
        String cursor = list("").queryParam("tag", TAG).when().get("/api/v1/news").then().extract().path("page.nextCursor");
        List<String> urls = given().queryParam("tag", TAG).queryParam("size", 3).queryParam("after", cursor)
                .when().get("/api/v1/news.json").then().statusCode(200).extract().path("items.url");
        assertEquals(second.getList("items.slug", String.class),
                urls.stream().map(url -> url.substring(url.lastIndexOf('/') + 1)).toList());
    }

    @Test
    void the_change_log_walks_by_cursor_too() {
        String since = Instant.now().toString();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", Tokens.editor()).contentType(ContentType.JSON)
                    .body(Map.of("slug", PREFIX + "change-" + i, "label", "ZZ change " + i))
                    .when().post("/api/v1/tags").then().statusCode(201);
        }
        // Other tests' changes may fall after `since` too (a test that moved the clock forward wrote them): both walks
        // see them alike, and this test's own three come in the order they were made.
        List<Object> byNumber = new ArrayList<>();
        int pages = changes(since).when().get("/api/v1/changes").then().extract().path("page.totalPages");
        for (int number = 1; number <= pages; number++) {
            byNumber.addAll(changes(since).queryParam("page", number).when().get("/api/v1/changes").then().extract().path("items.slug"));
        }
        List<Object> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = changes(since);
            JsonPath page = (cursor == null ? request : request.queryParam("after", cursor)).when().get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            byCursor.addAll(page.getList("items.slug"));
            cursor = page.getString("page.nextCursor");
        } while (cursor != null);
        assertEquals(List.of(PREFIX + "change-0", PREFIX + "change-1", PREFIX + "change-2"),
                byNumber.stream().filter(slug -> slug.toString().startsWith(PREFIX + "change-")).toList());
        assertEquals(byNumber, byCursor);
    }

    private static RequestSpecification changes(String since) {
        return given().header("Authorization", Tokens.editor()).queryParam("since", since).queryParam("size", 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a cursor          | sort=-publishedAt          | is not a cursor of this API
            altered               | sort=-publishedAt          | is not a cursor of this API
            for another sort      | sort=title                 | was made for sort=-publishedAt, not sort=title
            for another filter    | tag=mental-health          | was made for other filters than this request's
            with a page number    | page=2                     | cannot be combined with page=2
            """)
    void a_cursor_that_does_not_fit_is_a_400_naming_after(String which, String query, String reason) {
        String cursor = list("").queryParam("tag", TAG).when().get("/api/v1/news").then().extract().path("page.nextCursor");
        String after = switch (which) {
            case "not a cursor" -> "bm90IGEgY3Vyc29y";
            case "altered" -> cursor.substring(0, 20) + (cursor.charAt(20) == 'A' ? 'B' : 'A') + cursor.substring(21);
            default -> cursor;
        };
        String[] parameter = query.split("=");
        RequestSpecification request = given().queryParam("after", after).queryParam(parameter[0], parameter[1]);
        (parameter[0].equals("tag") ? request : request.queryParam("tag", TAG)).when().get("/api/v1/news")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/invalid-parameters"))
                .body("errors", hasSize(1))
                .body("errors[0].name", equalTo("after"))
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].reason", containsString(reason));
    }

    /** Every page from the first to the last by cursor, each after the first checked for its link to the next. */
    private static List<JsonPath> walk(String path, String sort) {
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = list(sort);
            Response page = (cursor == null ? request : request.queryParam("after", cursor)).when().get(path);
            page.then().statusCode(200);
            pages.add(page.jsonPath());
            String next = page.path("page.nextCursor");
            if (cursor != null) {
                String link = page.header("Link");
                assertEquals(next != null, link.contains("after=" + next + ">; rel=\"next\""), link);
            }
            cursor = next;
        } while (cursor != null);
        return pages;
    }

    private static RequestSpecification list(String sort) {
        RequestSpecification request = given().queryParam("size", 3);
        return sort.isBlank() ? request : request.queryParam("sort", sort);
    }

    private static List<Object> slugs(List<JsonPath> pages) {
        return pages.stream().flatMap(page -> page.getList("items.slug").stream()).toList();
    }
}
