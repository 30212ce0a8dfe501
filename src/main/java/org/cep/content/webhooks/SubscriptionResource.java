package org.cep.content.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

/** One webhook subscription, for admins: reading, changing and removing it. */
@Path("/api/v1/webhooks/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Editors.ADMIN)
@Tag(name = WebhookResource.TAG)
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @GET
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription",
            description = "The subscription, without its secret; `enabled`, `disabledAt` and `disabledReason` say whether the "
                    + "service still sends to it.")
    @APIResponse(responseCode = "200", description = "The subscription.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", ref = "NoSuchId")
    public SubscriptionView get(@RestPath @Parameter(description = WebhookResource.ID, example = "7") String id) {
        return subscriptions.get(id);
    }

    @PATCH
    @Consumes(ItemInput.MERGE_PATCH)
    @RequestBody(content = @Content(mediaType = ItemInput.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT,
            description = "Any of `url`, `events`, `description` and `enabled` (`true` sends again to a disabled subscription).",
            example = "{\"events\": [\"*\"], \"enabled\": true}")))
    @Operation(operationId = "patchWebhook", summary = "Change a webhook subscription",
            description = "A JSON merge patch (RFC 7396) of `url`, `events`, `description` and `enabled`, checked as a creation is.")
    @APIResponse(responseCode = "200", description = "The subscription as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public SubscriptionView patch(@RestPath @Parameter(description = WebhookResource.ID, example = "7") String id, JsonNode patch) {
        return subscriptions.patch(id, patch);
    }

    @DELETE
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook subscription",
            description = "Removes the subscription with its undelivered messages and its deliveries.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void delete(@RestPath @Parameter(description = WebhookResource.ID, example = "7") String id) {
        subscriptions.delete(id);
    }
}
