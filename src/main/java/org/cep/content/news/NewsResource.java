package org.cep.content.news;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cep.content.common.ContentConfig;
import org.cep.content.query.Page;
import org.cep.content.access.Editors;
import org.cep.content.items.SlugHistory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
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
    NewsWriter writer;

    @Inject
    Editors editors;

    @Inject
    SlugHistory history;

    @Inject
    ContentConfig config;

    @GET
    @Operation(operationId = "listNews", summary = "List news",
            description = "Published news, newest first, filtered by tag, publication date, project, author, event and expert group.")
    public Page<NewsView> list(@BeanParam NewsQuery query) {
        Instant now = clock.instant();
        NewsQuery.NewsFilter filter = query.toFilter(now, config.timeZone());
        editors.mayList(filter.status());
        return news.search(filter).map(n -> NewsView.from(n, now));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getNewsItem", summary = "Get a news item", description = "One published news item by slug.")
    public NewsView get(@Parameter(description = "The news item's slug.", example = "cep-updates-framework-decision-947-guides",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) @RestPath String slug) {
        Instant now = clock.instant();
        return news.findBySlug(slug).filter(n -> editors.maySee(n, now)).map(n -> NewsView.from(n, now))
                .orElseThrow(() -> history.movedOrNotFound("news", NewsItem.class, "news item", slug));
    }

    @POST
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNewsItem", summary = "Create a news item",
            description = "Creates a news item from the body, with relations named by slug; needs an editor's bearer token. Answers 201 with the news item, its Location and its ETag. A draft stays invisible to readers; a published news item with a future `publishedAt` appears then.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsView.class)))
    public Response create(NewsInput input) {
        return writer.create(input).created(PATH);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceNewsItem", summary = "Replace a news item",
            description = "Replaces the whole news item with the body; needs an editor's bearer token and, in If-Match, the ETag of the news item as last read, so that no one else's change is overwritten. A new slug keeps the old one answering 301.")
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsView.class)))
    public Response replace(@RestPath String slug, @RestHeader("If-Match") String ifMatch, NewsInput input) {
        return writer.replace(slug, ifMatch, input).ok();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(Editors.MERGE_PATCH)
    @Operation(operationId = "patchNewsItem", summary = "Change part of a news item",
            description = "Changes the fields of the news item that the JSON merge patch (RFC 7396) names, `null` removing a field; needs an editor's bearer token and, in If-Match, the ETag of the news item as last read.")
    @RequestBody(content = @Content(mediaType = Editors.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT,
            description = "A JSON merge patch (RFC 7396) over NewsInput: the fields to change; null removes a field.")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsView.class)))
    public Response patch(@RestPath String slug, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return writer.patch(slug, ifMatch, patch).ok();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Operation(operationId = "deleteNewsItem", summary = "Delete a news item",
            description = "Deletes the news item; needs an editor's bearer token and, in If-Match, the ETag of the news item as last read. Items that refer to it stay readable, without the reference; the change log keeps a tombstone.")
    @APIResponse(responseCode = "204", description = "Deleted; nothing else changes.")
    public void delete(@RestPath String slug, @RestHeader("If-Match") String ifMatch) {
        writer.delete(slug, ifMatch);
    }
}
