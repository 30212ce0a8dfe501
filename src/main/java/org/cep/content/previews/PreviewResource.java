package org.cep.content.previews;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cep.content.access.Editors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/** Preview tokens, made and revoked by editors. */
@Path("/api/v1/previews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Editors.EDITOR, Editors.ADMIN})
@Tag(name = "Previews", description = "Read-only tokens that let a front end show drafts and scheduled items, of one item "
        + "or all, without an editor's credentials. Answers read with one are `private, no-store`.")
public class PreviewResource {

    @Inject
    Previews previews;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPreview", summary = "Make a preview token",
            description = "A token that a front end sends as `Authorization: Bearer <token>` to read the item (or every draft "
                    + "and scheduled item) as an editor would see it, and nothing else: it writes nothing and reads no change "
                    + "log. It expires after `expiresIn` seconds (1 h by default, at most 7 days). The token is in this answer only.")
    @APIResponse(responseCode = "201", description = "The token.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewView.class)))
    public Response create(PreviewInput input) {
        PreviewView created = previews.create(input);
        return Response.created(URI.create("/api/v1/previews/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokePreview", summary = "Revoke a preview token",
            description = "The token stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revoke(@RestPath @Parameter(description = "The token's id, from its creation.", example = "3") String id) {
        previews.revoke(id);
    }
}
