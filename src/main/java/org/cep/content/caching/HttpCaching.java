package org.cep.content.caching;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.cep.content.cdn.SurrogateKeys;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful GET an ETag computed from the exact bytes sent, so any change to content
 * changes it, answers a matching {@code If-None-Match} with 304, and marks public answers cacheable (an answer relative
 * to now only until it changes, {@link Freshness}), naming what they show as surrogate keys.
 */
class HttpCaching {

    /** An answer to a request with credentials may hold drafts: only the caller may keep it, and must revalidate. */
    static final String PRIVATE = "private, no-cache";

    @Inject
    ETags etags;

    @Inject
    CachePolicy policy;

    @Inject
    SurrogateKeys shown;

    @Inject
    Freshness freshness;

    @ServerResponseFilter(priority = 100)
    void tag(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || response.getStatus() != 200 || !response.hasEntity()
                // A file says its own caching (immutable, with the digest of its bytes as ETag): it is not read again here.
                || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        byte[] body = etags.bytes(response.getEntity());
        String etag = ETags.of(body);
        boolean credentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, credentials ? PRIVATE
                : freshness.until().map(policy::publicCacheControl).orElseGet(policy::publicCacheControl));
        // CORS answers name the caller's origin, so shared caches must keep one copy per origin.
        response.getHeaders().putSingle(HttpHeaders.VARY, "Origin");
        if (!credentials) {
            // What the answer shows, so that a CDN can drop it when that changes; a private answer is in no shared cache.
            shown.headers(request.getUriInfo().getPath()).forEach(response.getHeaders()::putSingle);
        }
        if (ETags.matchesWeakly(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
