package org.cep.content.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cep.content.access.Editors;
import org.cep.content.common.ContentConfig;
import org.cep.content.caching.ETags;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The files of media items, and the renditions of images, at URLs that carry the digest of the bytes: cached for a
 * year by browsers and CDNs, served with their type as read at upload and never sniffed, documents as attachments.
 */
@Path(MediaItems.FILES)
@Tag(name = "Media", description = MediaItems.ABOUT)
public class FileResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** A crop follows the focal point, which an editor may move: cached for a day, not for ever. */
    static final String CROP = "public, max-age=86400";
    static final String DRAFT = "private, no-cache";

    @Inject
    MediaRepository items;

    @Inject
    MediaFiles files;

    @Inject
    Renditions renditions;

    @Inject
    Editors editors;

    @Inject
    ContentConfig config;

    @Inject
    Clock clock;

    @GET
    @Path("{slug}/{file}")
    @Operation(operationId = "getMediaFile", summary = "Get a media item's file, or a rendition of an image",
            description = "The file as uploaded, or with any of `w`, `h`, `ar` and `fm` an image's rendition (scaled, never "
                    + "up; cropped around the focal point with `h` or `ar`; upright as its EXIF orientation says, with no "
                    + "metadata at all), computed on the first request and stored. The URL carries the digest of the "
                    + "bytes, so it is cached for a year (a crop for a day, as the focal point may move). Documents are "
                    + "attachments; the original file answers range requests. A draft's files need an editor's token.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The file or rendition.",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control"),
                    @Header(name = "Content-Disposition", description = "`inline` for images, `attachment` for documents, with the uploaded file name.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Accept-Ranges", description = "`bytes` on the original file.", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/*", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The range of the original file asked for in `Range`.",
            headers = {@Header(name = "Content-Range", description = "Which bytes of how many.", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/*", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "416", description = "The range asked for lies outside the file.",
            headers = {@Header(name = "Content-Range", description = "`bytes */` and the file's length.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response get(
            @RestPath @Parameter(description = "The media item's slug.", example = "ga-2025-utrecht",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")) String slug,
            @RestPath @Parameter(description = "The start of the digest of the bytes and the extension, as `url` in the item's view gives them.",
                    example = "3f2a9c01d4e5b6a7.jpg", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9a-f]{16}\\.[a-z0-9]{1,10}$")) String file,
            @RestQuery @Parameter(description = "The width, from the widths offered (`content.media.widths`: 320, 640, 960, 1280, 1920 by default); never more than the image's.",
                    example = "640", schema = @Schema(type = SchemaType.INTEGER)) String w,
            @RestQuery @Parameter(description = "The height, from the same sizes: with `w`, a crop to that ratio around the focal point.",
                    example = "480", schema = @Schema(type = SchemaType.INTEGER)) String h,
            @RestQuery @Parameter(description = "A crop to this aspect ratio around the focal point, from those offered (`content.media.aspect-ratios`).",
                    example = "16:9", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]+:[0-9]+$")) String ar,
            @RestQuery @Parameter(description = "The format; by default the original's (PNG for a GIF).", example = "webp",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"webp", "jpeg", "png"})) String fm,
            @RestHeader("Range") @Parameter(description = "One range of bytes of the original file (`bytes=0-1023`).", example = "bytes=0-1023",
                    schema = @Schema(type = SchemaType.STRING)) String range,
            @RestHeader("If-None-Match") @Parameter(description = "The ETag of a copy already held: a 304 if it is still the file.",
                    example = "\"3f2a9c01d4e5b6a7\"", schema = @Schema(type = SchemaType.STRING)) String ifNoneMatch) {
        Instant now = clock.instant();
        Media m = items.findBySlug(slug).filter(item -> editors.maySee(MediaItems.TYPE.collection(), item, now))
                .filter(item -> file.equals(item.fileUrl().substring(item.fileUrl().lastIndexOf('/') + 1)))
                .orElseThrow(() -> ProblemException.absent("media file", slug + "/" + file));
        boolean asked = w != null || h != null || ar != null || fm != null;
        if (asked && !m.isImage()) {
            throw ProblemException.invalidParameters(List.of(InvalidParam.query(
                    w != null ? "w" : h != null ? "h" : ar != null ? "ar" : "fm", "a document has no renditions")));
        }
        boolean visible = m.isVisibleAt(now);
        if (!asked) {
            return original(m, visible, range, ifNoneMatch);
        }
        RenditionSpec spec = RenditionSpec.parse(m, w, h, ar, fm, MediaItems.widths(), config.media().aspectRatios());
        String etag = "\"" + m.digest.substring(0, 16) + "-" + spec.variant() + "\"";
        if (ETags.matchesWeakly(ifNoneMatch, etag)) {
            return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl(visible, spec.cropped())).build();
        }
        MediaFiles.Stored made = renditions.of(m, spec);
        String name = m.slug + "-" + made.width() + "x" + made.height() + "." + spec.format().param;
        return Response.ok(bytes(made.bytes()), made.mediaType())
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl(visible, spec.cropped()))
                .header("Content-Disposition", disposition("inline", name))
                .header(HttpHeaders.CONTENT_LENGTH, made.bytes().length)
                .build();
    }

    private Response original(Media m, boolean visible, String range, String ifNoneMatch) {
        String etag = "\"" + m.digest.substring(0, 16) + "\"";
        String cacheControl = cacheControl(visible, false);
        if (ETags.matchesWeakly(ifNoneMatch, etag)) {
            return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        byte[] bytes = files.original(m).orElseThrow(() -> ProblemException.absent("media file", m.slug));
        Response.ResponseBuilder answer;
        long[] span = ByteRanges.parse(range, bytes.length);
        if (span == null) {
            answer = Response.ok(bytes(bytes), m.mediaType).header(HttpHeaders.CONTENT_LENGTH, bytes.length);
        } else if (span.length == 0) {
            throw ProblemException.rangeNotSatisfiable(bytes.length);
        } else {
            int from = (int) span[0];
            int length = (int) (span[1] - span[0] + 1);
            answer = Response.status(206).type(m.mediaType).entity(bytes(Arrays.copyOfRange(bytes, from, from + length)))
                    .header("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + bytes.length)
                    .header(HttpHeaders.CONTENT_LENGTH, length);
        }
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", disposition(m.isImage() ? "inline" : "attachment", m.fileName)).build();
    }

    private static String cacheControl(boolean visible, boolean cropped) {
        return !visible ? DRAFT : cropped ? CROP : IMMUTABLE;
    }

    /** RFC 6266: an ASCII fallback name, and the exact one as RFC 8187 UTF-8. */
    static String disposition(String type, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The bytes as a body no filter reads again (ETag and caching are set here). */
    private static StreamingOutput bytes(byte[] bytes) {
        return out -> out.write(bytes);
    }
}
