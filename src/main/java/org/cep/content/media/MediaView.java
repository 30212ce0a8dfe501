package org.cep.content.media;

import org.cep.content.items.PublicationStatus;
import org.cep.content.tags.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A media item as the API shows it: what the file is, where it and its renditions are, and what editors say of it. */
@Schema(name = "MediaItem", description = "An uploaded image or document. `url` is the file itself; for an image, "
        + "`srcset` and `sizes` are ready for `<img srcset>` and `renditions` lists the same files with their sizes.",
        example = """
                {"slug": "ga-2025-utrecht", "kind": "image", "mediaType": "image/jpeg", "fileName": "GA 2025 Utrecht.jpg",
                 "width": 1600, "height": 1067, "bytes": 345678,
                 "alt": "Delegates in the plenary hall of the 2025 General Assembly in Utrecht",
                 "caption": "General Assembly 2025, Utrecht", "credit": "Photo: CEP", "focalPoint": {"x": 0.5, "y": 0.4},
                 "url": "/media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg",
                 "srcset": "/media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg?w=320&fm=webp 320w, /media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg?w=640&fm=webp 640w",
                 "sizes": [320, 640],
                 "renditions": [{"url": "/media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg?w=320&fm=webp", "width": 320, "height": 213, "mediaType": "image/webp"},
                   {"url": "/media/ga-2025-utrecht/3f2a9c01d4e5b6a7.jpg?w=640&fm=webp", "width": 640, "height": 427, "mediaType": "image/webp"}],
                 "tags": [], "status": "published", "self": "/api/v1/media/ga-2025-utrecht"}""")
public record MediaView(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true) MediaItemKind kind,
        @Schema(required = true, description = "As read from the file's bytes.") String mediaType,
        @Schema(required = true, description = "The name it was uploaded with; downloads keep it.") String fileName,
        @Schema(description = "Pixels, upright; images only.", minimum = "1") Integer width,
        @Schema(description = "Pixels, upright; images only.", minimum = "1") Integer height,
        @Schema(required = true, description = "The file's size in bytes.", minimum = "1") long bytes,
        @Schema(description = "What the image shows, for those who cannot see it.") String alt,
        String caption,
        @Schema(description = "Who made it, as it must be credited.") String credit,
        @Schema(description = "The point crops keep in view; the centre when none is given.") FocalPoint focalPoint,
        @Schema(required = true, description = "The file: immutable, cached for a year; a document is served as an attachment.") String url,
        @Schema(description = "For `<img srcset>`: the WebP renditions with their widths; images only.") String srcset,
        @Schema(description = "The widths of `srcset`, smallest first: the values `w` takes for this image; images only.") List<Integer> sizes,
        @Schema(description = "The files of `srcset`, with their sizes; images only.") List<RenditionView> renditions,
        @Schema(required = true) List<TagRef> tags,
        @Schema(required = true, description = "`draft` items and their files are seen by editors only.") PublicationStatus status,
        @Schema(description = "When the item was published; null when public since created.") Instant publishedAt,
        @Schema(required = true, description = "This resource.") String self) {

    static MediaView from(Media m) {
        List<RenditionView> renditions = renditions(m);
        return new MediaView(m.slug, m.kind, m.mediaType, m.fileName, m.width, m.height, m.byteSize, m.alt, m.caption, m.credit,
                FocalPoint.of(m), m.fileUrl(), srcset(renditions), renditions == null ? null : renditions.stream().map(RenditionView::width).toList(),
                renditions, TagRef.all(m.tags), m.status, m.publishedAt, MediaItems.PATH + "/" + m.slug);
    }

    /** The WebP renditions at each width offered below the image's own, and at its own when that is within them. */
    static List<RenditionView> renditions(Media m) {
        if (!m.isImage()) {
            return null;
        }
        List<Integer> offered = MediaItems.widths();
        List<RenditionView> renditions = new ArrayList<>();
        for (int width : offered) {
            if (width < m.width) {
                renditions.add(new RenditionView(m.fileUrl() + "?w=" + width + "&fm=webp", width,
                        (int) Math.max(1, Math.round((double) m.height * width / m.width)), RenditionFormat.WEBP.mediaType));
            }
        }
        if (m.width <= offered.get(offered.size() - 1)) {
            renditions.add(new RenditionView(m.fileUrl() + "?fm=webp", m.width, m.height, RenditionFormat.WEBP.mediaType));
        }
        return renditions;
    }

    static String srcset(List<RenditionView> renditions) {
        return renditions == null ? null : renditions.stream().map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }
}
