package org.cep.content.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.cep.content.common.PublicUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** One search across every collection that {@code q} searches, for a site's search page. */
@Path(SiteSearchResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One search across events, expert groups, media, news, people and projects, with "
        + "counts for facets.")
public class SiteSearchResource {

    public static final String PATH = "/api/v1/search";

    @Inject
    SiteSearch search;

    @Inject
    PublicUrls urls;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "search", summary = "Search the whole site",
            description = "The published items of every searched collection that match `q`, best first: each collection's "
                    + "matches ranked as its `sort=relevance` ranks them, a word in the title or name counting above one in "
                    + "the summary, which counts above one in the body; ties by collection, then in the collection's own "
                    + "order. Filtered by collection, tag and year, with the counts of the matches by each. Only the "
                    + SiteSearchQuery.DEPTH + " best matches can be paged through; a search runs within the same bounds as "
                    + "every `q`, and answers 503 when it cannot.")
    public SearchResults search(@BeanParam SiteSearchQuery query, @Context UriInfo request) {
        return search.search(query.toFilter(search.collections()), clock.instant(), urls.of(request));
    }
}
