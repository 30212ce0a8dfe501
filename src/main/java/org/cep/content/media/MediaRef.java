package org.cep.content.media;

import org.cep.content.items.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A media item as the items that show it embed it: enough to render an {@code <img srcset>} or a download link. */
@Schema(name = "MediaRef", description = "An image or document shown by another item, ready for `<img srcset>`.",
        example = """
                {"slug": "ga-2025-utrecht", "kind": "image", "mediaType": "image/jpeg", "width": 1600, "height": 1067,
                 "alt": "Delegates in the plenary hall of the 2025 General Assembly in Utrecht", "credit": "Photo: CEP",
                 "focalPoint": {"x": 0.5, "y": 0.4}, "url": "/media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg",
                 "srcset": "/media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg?w=320&fm=webp 320w, /media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg?w=640&fm=webp 640w",
                 "sizes": [320, 640], "self": "/api/v1/media/ga-2025-utrecht"}""")
public record MediaRef(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) MediaItemKind kind,
        @Schema(required = true) String mediaType,
        @Schema(minimum = "1") Integer width,
        @Schema(minimum = "1") Integer height,
        @Schema(description = "What the image shows, for those who cannot see it.") String alt,
        String credit,
        FocalPoint focalPoint,
        @Schema(required = true, description = "The file.") String url,
        @Schema(description = "For `<img srcset>`; images only.") String srcset,
        @Schema(description = "The widths of `srcset`; images only.") List<Integer> sizes,
        @Schema(required = true, description = "The media item's own resource.") String self) {

    public static MediaRef from(Media m) {
        List<RenditionView> renditions = MediaView.renditions(m);
        return new MediaRef(m.slug, m.kind, m.mediaType, m.width, m.height, m.alt, m.credit, FocalPoint.of(m), m.fileUrl(),
                MediaView.srcset(renditions), renditions == null ? null : renditions.stream().map(RenditionView::width).toList(),
                MediaItems.PATH + "/" + m.slug);
    }

    /** The ref, or {@code null} when there is no media item or it is not visible now. */
    public static MediaRef visible(Media m, Instant now) {
        return Content.visible(m, now, MediaRef::from);
    }
}
