package org.cep.content.cdn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.Tokens;
import org.cep.content.events.Event;
import org.cep.content.items.PublicationStatus;
import org.cep.content.news.NewsItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every cacheable answer names what it shows, in Surrogate-Key, Cache-Tag and xkey: one key per item it shows or
 * embeds, and the collections it lists or counts. Answers with credentials name nothing.
 */
@QuarkusTest
class SurrogateKeyTest {

    private static final String PREFIX = "skt-";

    @Inject
    ContentFixtures fixtures;

    @Inject
    ItemKeys itemKeys;

    private long tag;
    private long speaker;
    private long project;
    private long event;
    private long news;

    @BeforeEach
    void setUp() {
        tag = fixtures.tag(PREFIX + "tag", "SKT tag").id;
        speaker = fixtures.person(PREFIX + "speaker", "Ada", "Speaker").id;
        project = fixtures.project(PREFIX + "project", "SKT project").id;
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Event e = fixtures.event(PREFIX + "event", start, start.plus(2, ChronoUnit.HOURS), PublicationStatus.PUBLISHED, null,
                List.of(PREFIX + "tag"), List.of(PREFIX + "speaker"), PREFIX + "project");
        event = e.id;
        NewsItem n = fixtures.newsItem(PREFIX + "news", Instant.parse("2024-03-01T10:00:00Z"), List.of(PREFIX + "tag"), PREFIX + "speaker");
        news = n.id;
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll(PREFIX);
    }

    @Test
    void a_list_names_its_collection_and_every_item_it_shows_or_embeds() {
        Set<String> expected = Set.of("events", "event:" + event, "person:" + speaker, "project:" + project, "tag:" + tag);
        assertEquals(expected, keys(given().when().get("/api/v1/events?tag=" + PREFIX + "tag").then().statusCode(200)));
        // From the response cache, the same keys.
        assertEquals(expected, keys(given().when().get("/api/v1/events?tag=" + PREFIX + "tag").then().statusCode(200)));
    }

    @Test
    void an_item_names_itself_and_what_it_embeds_but_not_its_collection() {
        assertEquals(Set.of("event:" + event, "person:" + speaker, "project:" + project, "tag:" + tag),
                keys(given().when().get("/api/v1/events/" + PREFIX + "event").then().statusCode(200)));
        assertEquals(Set.of("news:" + news, "person:" + speaker, "tag:" + tag),
                keys(given().when().get("/api/v1/news/" + PREFIX + "news").then().statusCode(200)));
    }

    @Test
    void feeds_name_their_collection_and_items() {
        // A calendar shows no speakers and no project: it reads only what it writes, and names that.
        assertEquals(Set.of("events", "event:" + event, "tag:" + tag),
                keys(given().when().get("/api/v1/events.ics?tag=" + PREFIX + "tag").then().statusCode(200)));
        assertEquals(Set.of("event:" + event, "tag:" + tag),
                keys(given().when().get("/api/v1/events/" + PREFIX + "event.ics").then().statusCode(200)));
        Set<String> newsKeys = Set.of("news", "news:" + news, "person:" + speaker, "tag:" + tag);
        for (String feed : List.of("news.atom", "news.rss", "news.json")) {
            assertEquals(newsKeys, keys(given().when().get("/api/v1/" + feed + "?tag=" + PREFIX + "tag").then().statusCode(200)), feed);
        }
    }

    @Test
    void a_tag_names_the_collections_it_counts() {
        Set<String> counted = Set.of("projects", "events", "people", "expert-groups", "news", "media");
        Set<String> one = new TreeSet<>(counted);
        one.add("tag:" + tag);
        assertEquals(one, keys(given().when().get("/api/v1/tags/" + PREFIX + "tag").then().statusCode(200)));
        Set<String> all = keys(given().when().get("/api/v1/tags?size=100").then().statusCode(200));
        assertTrue(all.containsAll(counted) && all.contains("tags") && all.contains("tag:" + tag), all::toString);
    }

    @Test
    void answers_with_credentials_name_nothing_and_are_private() {
        given().header("Authorization", Tokens.editor()).when().get("/api/v1/events?tag=" + PREFIX + "tag&status=any")
                .then().statusCode(200).header("Cache-Control", "private, no-cache")
                .header("Surrogate-Key", nullValue()).header("Cache-Tag", nullValue()).header("xkey", nullValue());
        given().header("Authorization", Tokens.editor()).when().get("/api/v1/events/" + PREFIX + "event")
                .then().statusCode(200).header("Surrogate-Key", nullValue()).header("xkey", nullValue());
    }

    @Test
    void a_not_modified_answer_names_the_same_keys() {
        String path = "/api/v1/news/" + PREFIX + "news";
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        assertEquals(Set.of("news:" + news, "person:" + speaker, "tag:" + tag),
                keys(given().header("If-None-Match", etag).when().get(path).then().statusCode(304)));
    }

    @Test
    void an_answer_showing_too_many_items_names_the_collection_of_the_most_numerous_kind_instead() {
        SurrogateKeys shown = new SurrogateKeys();
        shown.items = itemKeys;
        Set<String> many = new TreeSet<>();
        for (int i = 0; i < 600; i++) {
            many.add("person:" + (1000 + i));
        }
        many.add("event:1");
        many.add("tag:2");
        many.add("events");
        Set<String> named = shown.bounded(many);
        assertEquals(Set.of("events", "event:1", "tag:2", "people"), named);
        assertEquals("events", shown.headers("/api/v1/events").get("xkey"));
    }

    /** The keys of Surrogate-Key, after checking that Cache-Tag and xkey name the same ones in their own syntax. */
    private static Set<String> keys(ValidatableResponse response) {
        String surrogate = response.extract().header("Surrogate-Key");
        response.header("xkey", equalTo(surrogate)).header("Cache-Tag", equalTo(surrogate == null ? null : surrogate.replace(' ', ',')));
        return surrogate == null ? Set.of() : new TreeSet<>(Arrays.asList(surrogate.split(" ")));
    }
}
