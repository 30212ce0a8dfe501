package org.cep.content.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.ArrayList;
import java.util.List;

/** Adds the RFC 8288 {@code Link} header (first, prev, next, last) to every page, keeping the request's query. */
class PageLinks {

    @ServerResponseFilter(priority = 200)
    void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Page<?> page)) {
            return;
        }
        UriInfo uri = request.getUriInfo();
        long last = Math.max(1, page.page().totalPages());
        int number = page.page().number();
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (number > 1) {
            links.add(link(uri, Math.min(number - 1, last), "prev"));
        }
        if (number < last) {
            links.add(link(uri, number + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static String link(UriInfo uri, long page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
