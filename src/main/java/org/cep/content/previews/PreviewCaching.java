package org.cep.content.previews;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Marks every answer to a preview token {@code private, no-store}: it may show drafts, so no cache, the browser's
 * included, may keep it. The response cache never keeps it either, as it keeps no answer to a request with credentials.
 */
class PreviewCaching {

    static final String NO_STORE = "private, no-store";

    // After caching/HttpCaching (100), which marks answers to requests with credentials private, no-cache.
    @ServerResponseFilter(priority = 90)
    void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (PreviewAuthentication.token(request.getHeaderString(HttpHeaders.AUTHORIZATION)) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
