package org.cep.content.news;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cep.content.common.Body;
import org.cep.content.items.PublicationStatus;
import org.cep.content.items.WebUrl;
import org.cep.content.events.EventRef;
import org.cep.content.expertgroups.ExpertGroupRef;
import org.cep.content.media.MediaRef;
import org.cep.content.people.PersonRef;
import org.cep.content.projects.ProjectRef;
import org.cep.content.tags.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A news item as the API shows it. */
@Schema(name = "NewsItem", description = "A news item, article, recap or vodcast episode.",
        example = """
                {"slug": "cep-updates-framework-decision-947-guides", "title": "CEP Updates Framework Decision 947 Guides",
                 "summary": "CEP has released updated versions of its guides.",
                 "body": {"markdown": "CEP has released updated versions of its guides.", "html": "<p>CEP has released updated versions of its guides.</p>"},
                 "status": "published", "publishedAt": "2025-10-05T22:00:00Z",
                 "tags": [{"slug": "framework-decisions", "label": "Framework Decisions", "url": "/api/v1/tags/framework-decisions"}],
                 "people": [],
                 "url": "/api/v1/news/cep-updates-framework-decision-947-guides"}""")
public record NewsView(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String title,
        @Schema(description = "A short plain-text teaser.") String summary,
        Body body,
        @Schema(required = true, description = "`draft` items are seen by editors only.") PublicationStatus status,
        @Schema(required = true, description = "When the item was published.") Instant publishedAt,
        @Schema(required = true) List<TagRef> tags,
        PersonRef author,
        ProjectRef project,
        EventRef event,
        ExpertGroupRef expertGroup,
        @Schema(required = true, description = "People the item is about or names, such as a vodcast's guest and host.") List<PersonRef> people,
        Media media,
        @Schema(required = true, description = "This resource.") String url,
        @Schema(description = "The picture shown with it, ready for `<img srcset>`.") MediaRef image) {

    static NewsView from(NewsItem n, Instant now) {
        Media media = n.mediaUrl == null ? null : new Media(n.mediaKind, n.mediaUrl, n.mediaTitle);
        return new NewsView(n.slug, n.title, n.summary, Body.of(n.body, n.bodyHtml()), n.status, n.publishedAt, TagRef.all(n.tags),
                PersonRef.visible(n.author, now), ProjectRef.visible(n.project, now), EventRef.visible(n.event, now),
                ExpertGroupRef.visible(n.expertGroup, now), PersonRef.visible(n.people, now), media,
                News.PATH + "/" + n.slug, MediaRef.visible(n.image, now));
    }

    /** A video, audio or image that goes with a news item. */
    @Schema(name = "Media", example = "{\"kind\": \"video\", \"url\": \"https://www.youtube.com/watch?v=example\", \"title\": \"Division_Y episode 15\"}")
    public record Media(
            @Schema(required = true) @NotNull MediaKind kind,
            @Schema(required = true) @NotNull @WebUrl String url,
            @Size(max = 500) String title) {
    }
}
