package org.cep.content.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rendition of an image, as a view lists it. */
@Schema(name = "Rendition", description = "The image at one of the widths offered, as WebP.",
        example = "{\"url\": \"/media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg?w=320&fm=webp\", \"width\": 320, \"height\": 213, \"mediaType\": \"image/webp\"}")
public record RenditionView(
        @Schema(required = true, description = "Immutable: cached for a year.") String url,
        @Schema(required = true, minimum = "1") int width,
        @Schema(required = true, minimum = "1") int height,
        @Schema(required = true) String mediaType) {
}
