package org.cep.content.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cep.content.access.Editors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Webhook subscriptions, for admins: subscribing, and the list. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Editors.ADMIN)
@Tag(name = WebhookResource.TAG, description = "Subscriptions of receivers to change events, signed as Standard Webhooks says; "
        + "the messages themselves are described under `webhooks`. Admins only.")
public class WebhookResource {

    static final String TAG = "Webhooks";
    static final String ID = "The subscription's id.";

    @Inject
    Subscriptions subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to change events",
            description = "Checks the URL (https, public addresses only) and the event types, and answers the subscription "
                    + "with its signing secret, which no later answer shows again.")
    @APIResponse(responseCode = "201", description = "The subscription, with its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public Response create(SubscriptionInput input) {
        SubscriptionView created = subscriptions.create(input);
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions",
            description = "Every subscription, oldest first, enabled or not, without secrets.")
    public Listed.SubscriptionList list() {
        return new Listed.SubscriptionList(subscriptions.list());
    }
}
