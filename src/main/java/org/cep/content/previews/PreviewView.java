package org.cep.content.previews;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A preview token just made: the token itself is in this answer only. */
@Schema(name = "Preview", description = "A preview token. Send `token` as `Authorization: Bearer <token>` to read what it shows; "
        + "it is in this answer only.",
        example = """
                {"id": 3, "token": "cep_preview_q8V0v3mXr2kYbT9wJd5sLpA1nCe6uHfZ0gRiKoWxMy4", "item": "news/cep-welcomes-new-members",
                 "all": false, "createdAt": "2025-01-31T08:00:00Z", "expiresAt": "2025-01-31T09:00:00Z"}""")
record PreviewView(
        @Schema(required = true, description = "Its id, to revoke it.") long id,
        @Schema(required = true, pattern = "^cep_preview_[A-Za-z0-9_-]{43}$") String token,
        @Schema(description = "The one item it shows, as `{collection}/{slug}`.") String item,
        @Schema(required = true, description = "Whether it shows every draft and scheduled item.") boolean all,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt) {
}
