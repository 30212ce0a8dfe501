package org.cep.content.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cep.content.ContentFixtures;
import org.cep.content.news.NewsItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The news as Atom, RSS 2.0 and JSON Feed, read back with ROME and Jackson. */
@QuarkusTest
class NewsFeedResourceTest {

    private static final String PREFIX = "zz-feed-";
    private static final String TAG = PREFIX + "probation";
    private static final Instant PUBLISHED = Instant.parse("2024-05-06T08:30:00Z");

    @Inject
    ContentFixtures fixtures;

    @Inject
    ObjectMapper mapper;

    private NewsItem tagged;

    @BeforeEach
    void create_news() {
        fixtures.tag(TAG, "Probation Practice");
        fixtures.person(PREFIX + "ann", "Ann", "Örell");
        tagged = fixtures.newsItem(PREFIX + "tagged", PUBLISHED, List.of(TAG), PREFIX + "ann");
        fixtures.newsItem(PREFIX + "untagged", PUBLISHED.plusSeconds(60), List.of(), null);
    }

    @AfterEach
    void remove_them() {
        fixtures.removeAll(PREFIX);
    }

    @Test
    void atom_holds_the_tagged_item_with_id_link_author_category_summary_and_html() throws Exception {
        SyndFeed feed = syndication("/api/v1/news.atom?tag=" + TAG, "application/atom+xml");

        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("CEP news", feed.getTitle());
        assertEquals(1, feed.getEntries().size());
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals("tag:cep-probation.org,2025:news-" + tagged.id, entry.getUri());
        assertEquals("Test news " + PREFIX + "tagged", entry.getTitle());
        assertTrue(entry.getLink().matches("^https?://[^/]+/api/v1/news/" + PREFIX + "tagged$"), entry.getLink());
        assertEquals("Ann Örell", entry.getAuthors().get(0).getName());
        assertEquals("Probation Practice", entry.getCategories().get(0).getName());
        assertEquals("Summary of " + PREFIX + "tagged", entry.getDescription().getValue());
        assertEquals("html", entry.getContents().get(0).getType());
        assertEquals("<p>The <strong>body</strong> of " + PREFIX + "tagged.</p>", entry.getContents().get(0).getValue());
        assertEquals(PUBLISHED, entry.getPublishedDate().toInstant());
    }

    @Test
    void rss_holds_the_tagged_item_with_guid_link_author_category_and_html() throws Exception {
        SyndFeed feed = syndication("/api/v1/news.rss?tag=" + TAG, "application/rss+xml");

        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals(1, feed.getEntries().size());
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals("tag:cep-probation.org,2025:news-" + tagged.id, entry.getUri());
        assertTrue(entry.getLink().endsWith("/api/v1/news/" + PREFIX + "tagged"));
        assertEquals("Ann Örell", entry.getAuthor());
        assertEquals("Probation Practice", entry.getCategories().get(0).getName());
        assertTrue(entry.getContents().get(0).getValue().contains("<strong>body</strong>")
                || entry.getDescription().getValue().contains("<strong>body</strong>"));
        assertEquals(PUBLISHED, entry.getPublishedDate().toInstant());
    }

    @Test
    void json_feed_holds_the_tagged_item() throws Exception {
        String body = given().when().get("/api/v1/news.json?tag=" + TAG)
                .then().statusCode(200).contentType(startsWith("application/feed+json")).extract().asString();
        JsonNode feed = mapper.readTree(body);

        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertTrue(feed.get("feed_url").asText().matches("^https?://.+/api/v1/news\\.json\\?tag=" + TAG + "$"));
        assertEquals(1, feed.get("items").size());
        JsonNode item = feed.get("items").get(0);
        assertEquals("tag:cep-probation.org,2025:news-" + tagged.id, item.get("id").asText());
        assertTrue(item.get("url").asText().matches("^https?://[^/]+/api/v1/news/" + PREFIX + "tagged$"));
        assertEquals("<p>The <strong>body</strong> of " + PREFIX + "tagged.</p>", item.get("content_html").asText());
        assertEquals("Summary of " + PREFIX + "tagged", item.get("summary").asText());
        assertEquals(PUBLISHED, Instant.parse(item.get("date_published").asText()));
        assertEquals("Ann Örell", item.at("/authors/0/name").asText());
        assertEquals("Probation Practice", item.at("/tags/0").asText());
    }

    @Test
    void take_the_filters_of_the_news_list() throws Exception {
        assertEquals(1, syndication("/api/v1/news.atom?author=" + PREFIX + "ann", "application/atom+xml").getEntries().size());
        assertEquals(0, syndication("/api/v1/news.rss?tag=" + TAG + "&from=2024-05-07", "application/rss+xml").getEntries().size());
        given().when().get("/api/v1/news.json?size=500")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("size"));
    }

    @Test
    void the_seed_news_reads_in_every_format() throws Exception {
        assertTrue(syndication("/api/v1/news.atom", "application/atom+xml").getEntries().size() >= 10);
        assertTrue(syndication("/api/v1/news.rss", "application/rss+xml").getEntries().size() >= 10);
        assertTrue(mapper.readTree(given().when().get("/api/v1/news.json").then().statusCode(200).extract().asString())
                .get("items").size() >= 10);
    }

    private static SyndFeed syndication(String path, String mediaType) throws Exception {
        String body = given().when().get(path).then().statusCode(200).contentType(startsWith(mediaType)).extract().asString();
        return new SyndFeedInput().build(new StringReader(body));
    }
}
