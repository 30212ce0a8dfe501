package org.cep.content.media;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** What a request for a file names: the item, its file, a rendition, a range, the copy already held. */
public class FileRequest {

    @RestPath
    @Parameter(description = "The media item's slug.", example = "ga-2025-utrecht",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"))
    String slug;

    @RestPath
    @Parameter(description = "The start of the digest of the bytes and the extension, as `url` in the item's view gives them.",
            example = "3f2a9c01d4e5b6a7.jpg", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9a-f]{16}\\.[a-z0-9]{1,10}$"))
    String file;

    @RestQuery
    @Parameter(description = "The width, from the widths offered (`content.media.widths`: 320, 640, 960, 1280, 1920 by default); never more than the image's.",
            example = "640", schema = @Schema(type = SchemaType.INTEGER))
    String w;

    @RestQuery
    @Parameter(description = "The height, from the same sizes: with `w`, a crop to that ratio around the focal point.",
            example = "480", schema = @Schema(type = SchemaType.INTEGER))
    String h;

    @RestQuery
    @Parameter(description = "A crop to this aspect ratio around the focal point, from those offered (`content.media.aspect-ratios`).",
            example = "16:9", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]+:[0-9]+$"))
    String ar;

    @RestQuery
    @Parameter(description = "The format; by default the original's (PNG for a GIF).", example = "webp",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"webp", "jpeg", "png"}))
    String fm;

    @RestHeader("Range")
    @Parameter(description = "One range of bytes of the original file (`bytes=0-1023`).", example = "bytes=0-1023",
            schema = @Schema(type = SchemaType.STRING))
    String range;

    @RestHeader("If-None-Match")
    @Parameter(description = "The ETag of a copy already held: a 304 if it is still the file.",
            example = "\"3f2a9c01d4e5b6a7\"", schema = @Schema(type = SchemaType.STRING))
    String ifNoneMatch;

    /** The first rendition parameter given, or null when the original is asked for. */
    String renditionParameter() {
        return w != null ? "w" : h != null ? "h" : ar != null ? "ar" : fm != null ? "fm" : null;
    }
}
