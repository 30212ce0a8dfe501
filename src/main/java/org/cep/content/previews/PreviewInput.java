package org.cep.content.previews;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor asks a preview token for. */
@Schema(name = "PreviewInput", description = "What a preview token shows (`item` or `all`, not both) and for how long.",
        example = "{\"item\": \"news/cep-welcomes-new-members\", \"expiresIn\": 3600}")
record PreviewInput(
        @Schema(description = "The one item to show, as `{collection}/{slug}` of a resource with drafts (`events`, `news`, "
                + "`people`, `projects`, `expert-groups`).", pattern = "^[a-z-]+/[a-z0-9]+(-[a-z0-9]+)*$") String item,
        @Schema(description = "`true` to show every draft and scheduled item.") Boolean all,
        @Schema(description = "Seconds until the token expires: default 3600 (1 h), at most 604800 (7 days).",
                minimum = "1", maximum = "604800", defaultValue = "3600") Long expiresIn) {
}
