package org.cep.content.query;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds the RFC 8288 {@code Link} header to every page ({@link Paged}), keeping the request's query: first, prev, next and last by
 * page number; when walking by cursor ({@code after}), first and the next cursor's page, as a cursor knows no
 * previous or last page.
 */
class PageLinks {

    @ServerResponseFilter(priority = 200)
    void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Paged page)) {
            return;
        }
        UriInfo uri = request.getUriInfo();
        String after = uri.getQueryParameters().getFirst("after");
        List<String> links = after == null || after.isBlank() ? byNumber(uri, page.page()) : byCursor(uri, page.page());
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static List<String> byNumber(UriInfo uri, Page.PageInfo page) {
        long last = Math.max(1, page.totalPages());
        int number = page.number();
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (number > 1) {
            links.add(link(uri, Math.min(number - 1, last), "prev"));
        }
        if (number < last) {
            links.add(link(uri, number + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return links;
    }

    private static List<String> byCursor(UriInfo uri, Page.PageInfo page) {
        List<String> links = new ArrayList<>();
        links.add(link(uri.getRequestUriBuilder().replaceQueryParam("after").replaceQueryParam("page", 1), "first"));
        if (page.nextCursor() != null) {
            links.add(link(uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("after", page.nextCursor()), "next"));
        }
        return links;
    }

    private static String link(UriInfo uri, long page, String rel) {
        return link(uri.getRequestUriBuilder().replaceQueryParam("page", page), rel);
    }

    private static String link(UriBuilder target, String rel) {
        return "<" + target.build() + ">; rel=\"" + rel + "\"";
    }
}
