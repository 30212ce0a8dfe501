package org.cep.content.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.UncheckedIOException;
import java.time.Instant;

/** A change as the feed of changes shows it. */
@Schema(name = "Change", description = "One change made through the API. A deletion is a tombstone: `action` is `deleted` and there is no `patch`.",
        example = """
                {"id": 42, "changedAt": "2025-01-31T08:00:00Z", "actor": "jane.doe", "action": "updated", "resource": "events",
                 "itemId": 17, "slug": "cep-annual-conference-2025", "patch": {"title": "CEP Annual Conference 2025"},
                 "url": "/api/v1/events/cep-annual-conference-2025"}""")
public record ChangeView(
        @Schema(required = true, description = "Ascending with time: the order of the feed.") long id,
        @Schema(required = true) Instant changedAt,
        @Schema(required = true, description = "Who made the change: the subject of the token, or `seeds` for CEP's content loaded at the first start.") String actor,
        @Schema(required = true) ChangeAction action,
        @Schema(required = true, description = "The collection of the item.",
                enumeration = {"projects", "events", "people", "expert-groups", "news", "tags", "media"}) String resource,
        @Schema(required = true, description = "The item's stable id: it survives renames.") long itemId,
        @Schema(required = true, description = "The item's slug after the change (for a deletion, its last one).") String slug,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "A JSON merge patch (RFC 7396) from the item's previous content to its new "
                + "one, in the form of the write body; for a creation, the whole body.") JsonNode patch,
        @Schema(description = "The item's resource; none for a deletion.") String url) {

    static ChangeView from(Change c, ObjectMapper mapper) {
        try {
            return new ChangeView(c.id, c.changedAt, c.actor, c.action, c.resource, c.itemId, c.slug,
                    c.patch == null ? null : mapper.readTree(c.patch),
                    c.action == ChangeAction.DELETED ? null : "/api/v1/" + c.resource + "/" + c.slug);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
