package org.cep.content.feeds;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.PublicUrls;
import org.cep.content.access.Editors;
import org.cep.content.news.NewsItem;
import org.cep.content.news.NewsQuery;
import org.cep.content.news.NewsRepository;
import org.cep.content.news.News;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.cep.content.search.SearchBounds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/** The news as Atom, RSS and JSON Feed, for feed readers and partner sites. */
@Path("/api/v1")
@Tag(name = Feeds.TAG, description = Feeds.ABOUT)
public class NewsFeedResource {

    private static final String FILTERS = " Takes the filters of `GET /api/v1/news`; holds one page of it, the 20 newest items by default.";

    @Inject Editors editors;
    @Inject NewsRepository news;
    @Inject PublicUrls urls;
    @Inject Clock clock;
    @Inject ContentConfig config;
    @Inject SearchBounds bounds;

    @GET
    @Path("news.atom")
    @Produces(NewsFeeds.ATOM)
    @Operation(operationId = "listNewsAsAtom", summary = "News as Atom", description = "The news as an RFC 4287 Atom feed." + FILTERS)
    @APIResponse(responseCode = "200", description = "The Atom feed.",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    public String atom(@BeanParam NewsQuery query, @Context UriInfo request) {
        return feed(query, request, NewsFeeds::atom);
    }

    @GET
    @Path("news.rss")
    @Produces(NewsFeeds.RSS)
    @Operation(operationId = "listNewsAsRss", summary = "News as RSS", description = "The news as an RSS 2.0 feed." + FILTERS)
    @APIResponse(responseCode = "200", description = "The RSS feed.",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)))
    public String rss(@BeanParam NewsQuery query, @Context UriInfo request) {
        return feed(query, request, NewsFeeds::rss);
    }

    @GET
    @Path("news.json")
    @Produces(NewsFeeds.JSON_FEED)
    @Operation(operationId = "listNewsAsJsonFeed", summary = "News as JSON Feed", description = "The news as a JSON Feed 1.1." + FILTERS)
    public JsonFeed json(@BeanParam NewsQuery query, @Context UriInfo request) {
        return feed(query, request, NewsFeeds::json);
    }

    /** The page of news the query asks for, written by {@code format} with the links of this request. */
    private <T> T feed(NewsQuery query, UriInfo request, BiFunction<List<NewsItem>, NewsFeeds.Links, T> format) {
        Feeds.refuseFields(query);
        Instant now = clock.instant();
        NewsQuery.NewsFilter filter = query.toFilter(now, config.timeZone());
        editors.mayList(filter.status());
        String rawQuery = request.getRequestUri().getRawQuery();
        String self = urls.of(request, request.getRequestUri().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery));
        NewsFeeds.Links links = new NewsFeeds.Links(self, urls.of(request, News.PATH), urls.of(request), now);
        return bounds.within(filter.search(), () -> format.apply(news.search(filter).items(), links));
    }
}
