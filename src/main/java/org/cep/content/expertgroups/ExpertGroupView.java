package org.cep.content.expertgroups;

import org.cep.content.common.Body;
import org.cep.content.items.PublicationStatus;
import org.cep.content.events.EventRef;
import org.cep.content.media.MediaRef;
import org.cep.content.news.NewsRef;
import org.cep.content.people.PersonRef;
import org.cep.content.tags.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An expert group as the API shows it. */
@Schema(name = "ExpertGroup", description = "A CEP expert group or network.",
        example = """
                {"slug": "electronic-monitoring", "name": "Electronic Monitoring",
                 "description": {"markdown": "Considering importance of EM for CEP members...", "html": "<p>Considering importance of EM for CEP members...</p>"},
                 "since": 2024, "status": "published", "chairs": [], "members": [], "events": [], "news": [],
                 "tags": [{"slug": "electronic-monitoring", "label": "Electronic Monitoring", "url": "/api/v1/tags/electronic-monitoring"}],
                 "url": "/api/v1/expert-groups/electronic-monitoring"}""")
public record ExpertGroupView(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String name,
        Body description,
        @Schema(description = "The year the group started.", example = "2016") Integer since,
        @Schema(required = true) List<PersonRef> chairs,
        @Schema(required = true) List<PersonRef> members,
        @Schema(required = true, description = "Its events, soonest first.") List<EventRef> events,
        @Schema(required = true, description = "News about it, newest first.") List<NewsRef> news,
        @Schema(required = true) List<TagRef> tags,
        @Schema(required = true, description = "`draft` items are seen by editors only.") PublicationStatus status,
        @Schema(description = "When the group was published; null when public since created.") Instant publishedAt,
        @Schema(required = true, description = "This resource.") String url,
        @Schema(description = "The picture shown with it, ready for `<img srcset>`.") MediaRef image) {

    static ExpertGroupView from(ExpertGroup g, Instant now) {
        return new ExpertGroupView(g.slug, g.name, Body.of(g.description, g.descriptionHtml), g.since,
                PersonRef.visible(g.chairs, now), PersonRef.visible(g.members, now), EventRef.visible(g.events, now),
                NewsRef.visible(g.news, now), TagRef.all(g.tags), g.status, g.publishedAt, ExpertGroups.PATH + "/" + g.slug,
                MediaRef.visible(g.image, now));
    }
}
