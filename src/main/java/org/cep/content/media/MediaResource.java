package org.cep.content.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cep.content.access.Editors;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.items.ItemResource;
import org.cep.content.query.Page;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;

/** Media: uploaded images and documents. An upload is {@code multipart/form-data}; the other routes are every resource's. */
@Path(MediaItems.PATH)
public class MediaResource extends ItemResource<Media, MediaInput, MediaView, MediaQuery.MediaFilter> {

    @Inject
    Uploads uploads;

    @Inject
    MediaWriter media;

    @GET
    public Page<MediaView> list(@BeanParam MediaQuery query) {
        return listed(query);
    }

    /** A JSON body cannot carry the file: the collection takes uploads only. */
    @Override
    public Response create(MediaInput input) {
        throw ProblemException.unsupportedMediaType("A media item is created by uploading its file as multipart/form-data.",
                List.of(InvalidParam.body("file", "required: send multipart/form-data with the file")));
    }

    @POST
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = MediaUpload.class)))
    public Response upload(@BeanParam MediaForm form) {
        if (form.file == null) {
            throw ProblemException.invalidContent(List.of(InvalidParam.body("file", "required: the file, as a part with a file name")));
        }
        Upload upload = uploads.read(form.file.uploadedFile(), form.file.fileName(), form.file.contentType(), form.file.size());
        return media.create(form.input(upload)).created(MediaItems.PATH);
    }
}
