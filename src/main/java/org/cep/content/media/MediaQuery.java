package org.cep.content.media;

import org.cep.content.items.ItemQuery;
import org.cep.content.query.Listing;
import org.cep.content.query.Params;
import org.cep.content.query.Sort;
import org.cep.content.query.TaggedListQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Every filter of {@code GET /api/v1/media}, with its limits and defaults. */
public class MediaQuery extends TaggedListQuery implements ItemQuery<MediaQuery.MediaFilter> {

    static final Sort.Fields SORT = new Sort.Fields("-createdAt",
            "createdAt", "{a}.createdAt",
            "slug", "{a}.slug").byDefault("newest first").ranked();

    @RestQuery
    @Parameter(description = "Only media items of this kind; repeat for several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = MediaItemKind.class), example = "[\"image\"]")
    List<String> kind;

    @Override
    public MediaFilter toFilter(Instant now, ZoneId zone) {
        return Params.parse(params -> new MediaFilter(listing(params, now, SORT),
                params.enums("kind", kind, MediaItemKind.class)));
    }

    /** The parsed, valid filter. */
    public record MediaFilter(Listing listing, Set<MediaItemKind> kinds) implements ItemQuery.Listed {
    }
}
