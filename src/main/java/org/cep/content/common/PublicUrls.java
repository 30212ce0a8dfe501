package org.cep.content.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.function.Function;

/** Turns the API's own paths into absolute URLs, for answers read away from the API: feeds, calendars, JSON-LD. */
@ApplicationScoped
public class PublicUrls {

    @Inject
    ContentConfig config;

    /** The absolute URL of a path of this API, such as {@code /api/v1/events/x}. */
    public String of(UriInfo request, String path) {
        URI base = config.publicUrl().orElseGet(request::getBaseUri);
        String root = base.toString().replaceAll("/+$", "");
        return root + path;
    }

    /** The absolute URLs of this API's paths, for an answer that links to many. */
    public Function<String, String> of(UriInfo request) {
        return path -> of(request, path);
    }
}
