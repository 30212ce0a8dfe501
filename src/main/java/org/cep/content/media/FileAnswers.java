package org.cep.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cep.content.access.Editors;
import org.cep.content.caching.ETags;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The answers of {@link FileResource}: a file or a rendition with the caching its URL allows, its type as read at
 * upload, and documents as attachments.
 */
@ApplicationScoped
class FileAnswers {

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

    Response answer(FileRequest asked) {
        Instant now = clock.instant();
        Media m = items.findBySlug(asked.slug).filter(item -> editors.maySee(MediaItems.TYPE.collection(), item, now))
                .filter(item -> asked.file.equals(item.fileUrl().substring(item.fileUrl().lastIndexOf('/') + 1)))
                .orElseThrow(() -> ProblemException.absent("media file", asked.slug + "/" + asked.file));
        String rendition = asked.renditionParameter();
        if (rendition != null && !m.isImage()) {
            throw ProblemException.invalidParameters(List.of(InvalidParam.query(rendition, "a document has no renditions")));
        }
        boolean visible = m.isVisibleAt(now);
        return rendition == null ? original(m, visible, asked) : rendition(m, visible, asked);
    }

    private Response rendition(Media m, boolean visible, FileRequest asked) {
        RenditionSpec spec = RenditionSpec.parse(m, asked.w, asked.h, asked.ar, asked.fm, MediaItems.widths(),
                config.media().aspectRatios());
        String etag = "\"" + m.digest.substring(0, 16) + "-" + spec.variant() + "\"";
        String cacheControl = cacheControl(visible, spec.cropped());
        if (ETags.matchesWeakly(asked.ifNoneMatch, etag)) {
            return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        MediaFiles.Stored made = renditions.of(m, spec);
        String name = m.slug + "-" + made.width() + "x" + made.height() + "." + spec.format().param;
        return Response.ok(bytes(made.bytes()), made.mediaType())
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("Content-Disposition", disposition("inline", name))
                .header(HttpHeaders.CONTENT_LENGTH, made.bytes().length)
                .build();
    }

    private Response original(Media m, boolean visible, FileRequest asked) {
        String etag = "\"" + m.digest.substring(0, 16) + "\"";
        String cacheControl = cacheControl(visible, false);
        if (ETags.matchesWeakly(asked.ifNoneMatch, etag)) {
            return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        byte[] bytes = files.original(m).orElseThrow(() -> ProblemException.absent("media file", m.slug));
        Response.ResponseBuilder answer;
        long[] span = ByteRanges.parse(asked.range, bytes.length);
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
