package org.cep.content.news;

import org.cep.content.items.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A news item as other items show it. */
@Schema(name = "NewsRef", description = "A news item named by another item.",
        example = "{\"slug\": \"cep-updates-framework-decision-947-guides\", \"title\": \"CEP Updates Framework Decision 947 Guides\", \"publishedAt\": \"2025-10-06T00:00:00Z\", \"url\": \"/api/v1/news/cep-updates-framework-decision-947-guides\"}")
public record NewsRef(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String title,
        @Schema(required = true, description = "When the item was published.") Instant publishedAt,
        @Schema(required = true, description = "The item's own resource.") String url) {

    /** The visible items, newest first. */
    public static List<NewsRef> visible(Collection<NewsItem> news, Instant now) {
        return Content.visible(news, now).sorted(Comparator.comparing((NewsItem n) -> n.publishedAt).reversed().thenComparing(n -> n.slug))
                .map(n -> new NewsRef(n.slug, n.title, n.publishedAt, News.PATH + "/" + n.slug)).toList();
    }
}
