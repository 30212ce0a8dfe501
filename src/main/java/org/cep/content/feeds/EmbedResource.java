package org.cep.content.feeds;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embeddable events widget and its demonstration page. Served as resources rather than static files so that
 * they get the same ETag, 304 and Cache-Control as every answer of the API; CORS allows any origin.
 */
@Path("/embed")
public class EmbedResource {

    private static final byte[] SCRIPT = read("embed/events.js");
    private static final byte[] DEMO = read("embed/demo.html");

    @GET
    @Path("events.js")
    @Produces("text/javascript; charset=utf-8")
    @Operation(hidden = true)
    public byte[] script() {
        return SCRIPT;
    }

    @GET
    @Path("demo.html")
    @Produces("text/html; charset=utf-8")
    @Operation(hidden = true)
    public byte[] demo() {
        return DEMO;
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbedResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
