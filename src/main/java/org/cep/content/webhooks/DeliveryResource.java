package org.cep.content.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A subscription's delivery attempts, and sending one again, for admins. */
@Path("/api/v1/webhooks/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Editors.ADMIN)
@Tag(name = WebhookResource.TAG)
public class DeliveryResource {

    @Inject
    Subscriptions subscriptions;

    @GET
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's delivery attempts",
            description = "The latest attempts, newest first: when, which event, the receiver's status code, the latency and "
                    + "what went wrong, with where each message stands now.")
    @APIResponse(responseCode = "200", description = "The latest attempts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Listed.DeliveryList.class)))
    @APIResponse(responseCode = "404", ref = "NoSuchId")
    public Listed.DeliveryList deliveries(@RestPath @Parameter(description = WebhookResource.ID, example = "7") String id) {
        return new Listed.DeliveryList(subscriptions.deliveries(id));
    }

    @POST
    @Path("{deliveryId}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Send a delivery's message again",
            description = "Sends the attempt's message again, with the same `webhook-id`, as soon as the sender comes to it, on a "
                    + "fresh schedule of retries; a disabled subscription sends it once enabled again.")
    @APIResponse(responseCode = "202", description = "The attempt, with its message now `pending`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public Response retry(@RestPath @Parameter(description = WebhookResource.ID, example = "7") String id,
                          @RestPath @Parameter(description = "The attempt's id, from the list of deliveries.", example = "31") String deliveryId) {
        return Response.accepted(subscriptions.retry(id, deliveryId)).build();
    }
}
