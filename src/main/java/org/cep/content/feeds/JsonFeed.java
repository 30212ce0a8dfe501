package org.cep.content.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
@Schema(name = "JsonFeed", description = "News as JSON Feed 1.1.",
        example = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "CEP news",
                 "home_page_url": "https://api.cep-probation.org/api/v1/news", "feed_url": "https://api.cep-probation.org/api/v1/news.json",
                 "description": "News of the Confederation of European Probation (CEP).", "language": "en",
                 "authors": [{"name": "Confederation of European Probation", "url": "https://www.cep-probation.org"}],
                 "items": [{"id": "tag:cep-probation.org,2025:news-12", "url": "https://api.cep-probation.org/api/v1/news/cep-updates-framework-decision-947-guides",
                   "title": "CEP Updates Framework Decision 947 Guides", "content_html": "<p>CEP has released updated versions of its guides.</p>",
                   "summary": "CEP has released updated versions of its guides.", "date_published": "2025-10-05T22:00:00Z",
                   "date_modified": "2025-10-05T22:00:00Z", "authors": [], "tags": ["Framework Decisions"]}]}""")
public record JsonFeed(
        @Schema(required = true) String version,
        @Schema(required = true) String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        String description,
        String language,
        List<Author> authors,
        @Schema(required = true) List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** One news item. */
    @Schema(name = "JsonFeedItem", example = "{\"id\": \"tag:cep-probation.org,2025:news-12\", \"url\": \"https://api.cep-probation.org/api/v1/news/x\", \"title\": \"X\", \"content_html\": \"<p>X</p>\"}")
    public record Item(
            @Schema(required = true, description = "Stable: it outlives renames of the item.") String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            String summary,
            @Schema(description = "The item's picture, absolute: its file.") String image,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<Author> authors,
            List<String> tags) {
    }

    /** An author: a person or CEP itself. */
    @Schema(name = "JsonFeedAuthor", example = "{\"name\": \"Confederation of European Probation\", \"url\": \"https://www.cep-probation.org\"}")
    public record Author(String name, String url) {
    }
}
