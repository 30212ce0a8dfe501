package org.cep.content.projects;

import org.cep.content.common.Body;
import org.cep.content.items.PublicationStatus;
import org.cep.content.events.EventRef;
import org.cep.content.media.MediaRef;
import org.cep.content.news.NewsRef;
import org.cep.content.people.PersonRef;
import org.cep.content.tags.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project as the API shows it. */
@Schema(name = "Project", description = "A project CEP runs or takes part in.",
        example = """
                {"slug": "empro", "title": "EMPRO project", "acronym": "EMPRO",
                 "summary": "EMPRO aims to strengthen the understanding and application of FD 2008/947 and 2009/829.",
                 "body": {"markdown": "EMPRO aims to *strengthen*...", "html": "<p>EMPRO aims to <em>strengthen</em>...</p>"},
                 "state": "ongoing",
                 "funders": ["European Union"], "partners": [], "objectives": [], "targetGroups": [], "activities": [],
                 "events": [], "news": [], "people": [], "tags": [], "status": "published", "url": "/api/v1/projects/empro"}""")
public record ProjectView(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) String title,
        @Schema(description = "Short name, such as HELP RP-TERR-ICCM or EMPRO.") String acronym,
        @Schema(description = "A short plain-text teaser.") String summary,
        Body body,
        @Schema(description = "The first day of the project, when known.") LocalDate startDate,
        @Schema(description = "The last day of the project, when known.") LocalDate endDate,
        @Schema(required = true) ProjectState state,
        @Schema(description = "The project's own website.") String website,
        @Schema(required = true, description = "Who funds it.") List<String> funders,
        @Schema(required = true, description = "Who carries it out with CEP.") List<String> partners,
        @Schema(required = true) List<String> objectives,
        @Schema(required = true) List<String> targetGroups,
        @Schema(required = true, description = "Its planned activities.") List<String> activities,
        @Schema(required = true, description = "Its events, soonest first.") List<EventRef> events,
        @Schema(required = true, description = "News about it, newest first.") List<NewsRef> news,
        @Schema(required = true, description = "People who work on it or contribute to it.") List<PersonRef> people,
        @Schema(required = true) List<TagRef> tags,
        @Schema(required = true, description = "`draft` items are seen by editors only.") PublicationStatus status,
        @Schema(description = "When the project was published; null when public since created.") Instant publishedAt,
        @Schema(required = true, description = "This resource.") String url,
        @Schema(description = "The picture or logo shown with it, ready for `<img srcset>`.") MediaRef image) {

    static ProjectView from(Project p, Instant now) {
        return new ProjectView(p.slug, p.title, p.acronym, p.summary, Body.of(p.body, p.bodyHtml()), p.startDate, p.endDate,
                p.state, p.website, List.copyOf(p.funders), List.copyOf(p.partners), List.copyOf(p.objectives),
                List.copyOf(p.targetGroups), List.copyOf(p.activities), EventRef.visible(p.events, now),
                NewsRef.visible(p.news, now), PersonRef.visible(p.people, now), TagRef.all(p.tags), p.status, p.publishedAt,
                Projects.PATH + "/" + p.slug, MediaRef.visible(p.image, now));
    }
}
