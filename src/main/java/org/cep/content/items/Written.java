package org.cep.content.items;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** An item as a write left it: its view and that view's ETag, which the next If-Match must carry. */
public record Written<V>(String slug, V view, String etag) {

    /** 201 with Location and ETag. */
    public Response created(String path) {
        return Response.created(URI.create(path + "/" + slug)).header(HttpHeaders.ETAG, etag).entity(view).build();
    }

    /** 200 with ETag. */
    public Response ok() {
        return Response.ok(view).header(HttpHeaders.ETAG, etag).build();
    }
}
