package org.cep.content.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The files of media items, and the renditions of images, at URLs that carry the digest of the bytes: cached for a
 * year by browsers and CDNs, served with their type as read at upload and never sniffed, documents as attachments.
 */
@Path(MediaItems.FILES)
@Tag(name = "Media", description = MediaItems.ABOUT)
public class FileResource {

    @Inject
    FileAnswers answers;

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
    public Response get(@BeanParam FileRequest asked) {
        return answers.answer(asked);
    }
}
