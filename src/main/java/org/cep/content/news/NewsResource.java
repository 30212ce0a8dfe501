package org.cep.content.news;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.Page;
import org.cep.content.common.problems.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Clock;
import java.time.Instant;

/** News, articles, recaps and vodcast episodes. */
@Path(NewsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "News", description = "News items, articles, recaps and vodcast episodes.")
public class NewsResource {

    public static final String PATH = "/api/v1/news";

    @Inject
    NewsRepository news;

    @Inject
    Clock clock;

    @Inject
    ContentConfig config;

    @GET
    @Operation(operationId = "listNews", summary = "List news",
            description = "Published news, newest first, filtered by tag, publication date, project, author, event and expert group.")
    public Page<NewsView> list(@BeanParam NewsQuery query) {
        Instant now = clock.instant();
        return news.search(query.toFilter(now, config.timeZone())).map(n -> NewsView.from(n, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getNewsItem", summary = "Get a news item", description = "One published news item by slug.")
    public NewsView get(@Parameter(description = "The news item's slug.", example = "cep-updates-framework-decision-947-guides",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return news.findPublished(slug, now).map(n -> NewsView.from(n, now))
                .orElseThrow(() -> ProblemException.notFound("news item", slug));
    }
}
