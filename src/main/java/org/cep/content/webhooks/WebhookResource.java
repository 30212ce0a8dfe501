package org.cep.content.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cep.content.access.Editors;
import org.cep.content.items.ItemInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/** Webhook subscriptions and their deliveries, for admins. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Editors.ADMIN)
@Tag(name = "Webhooks", description = "Subscriptions of receivers to change events, signed as Standard Webhooks says; "
        + "the messages themselves are described under `webhooks`. Admins only.")
public class WebhookResource {

    private static final String ID = "The subscription's id.";

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

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription",
            description = "The subscription, without its secret; `enabled`, `disabledAt` and `disabledReason` say whether the "
                    + "service still sends to it.")
    @APIResponse(responseCode = "200", description = "The subscription.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", ref = "NoSuchId")
    public SubscriptionView get(@RestPath @Parameter(description = ID, example = "7") String id) {
        return subscriptions.get(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(ItemInput.MERGE_PATCH)
    @RequestBody(content = @Content(mediaType = ItemInput.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT,
            description = "Any of `url`, `events`, `description` and `enabled` (`true` sends again to a disabled subscription).",
            example = "{\"events\": [\"*\"], \"enabled\": true}")))
    @Operation(operationId = "patchWebhook", summary = "Change a webhook subscription",
            description = "A JSON merge patch (RFC 7396) of `url`, `events`, `description` and `enabled`, checked as a creation is.")
    @APIResponse(responseCode = "200", description = "The subscription as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public SubscriptionView patch(@RestPath @Parameter(description = ID, example = "7") String id, JsonNode patch) {
        return subscriptions.patch(id, patch);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook subscription",
            description = "Removes the subscription with its undelivered messages and its deliveries.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void delete(@RestPath @Parameter(description = ID, example = "7") String id) {
        subscriptions.delete(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's delivery attempts",
            description = "The latest attempts, newest first: when, which event, the receiver's status code, the latency and "
                    + "what went wrong, with where each message stands now.")
    @APIResponse(responseCode = "200", description = "The latest attempts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Listed.DeliveryList.class)))
    @APIResponse(responseCode = "404", ref = "NoSuchId")
    public Listed.DeliveryList deliveries(@RestPath @Parameter(description = ID, example = "7") String id) {
        return new Listed.DeliveryList(subscriptions.deliveries(id));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Send a delivery's message again",
            description = "Sends the attempt's message again, with the same `webhook-id`, as soon as the sender comes to it, on a "
                    + "fresh schedule of retries; a disabled subscription sends it once enabled again.")
    @APIResponse(responseCode = "202", description = "The attempt, with its message now `pending`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public Response retry(@RestPath @Parameter(description = ID, example = "7") String id,
                          @RestPath @Parameter(description = "The attempt's id, from the list of deliveries.", example = "31") String deliveryId) {
        return Response.accepted(subscriptions.retry(id, deliveryId)).build();
    }
}
