package org.cep.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;

/**
 * Writes media items. The file comes with the upload that creates the item and never changes; replacing or patching
 * changes only what editors say of it. Deleting one takes it out of every item that shows it or lists it as a
 * document (items/ItemWriter.release), and its file and renditions go with it.
 */
@ApplicationScoped
class MediaWriter extends ItemWriter<Media, MediaInput, MediaView> {

    MediaWriter() {
        super(MediaItems.TYPE, "file", "focalPoint");
    }

    @Override
    protected void apply(MediaInput in, Media m, Checks checks) {
        if (m.id == null) {
            takeFile(in.file(), m, checks);
        }
        if (m.isImage() && (in.alt() == null || in.alt().isBlank())) {
            checks.reject("alt", "required for an image: the text a screen reader says in its place");
        }
        m.focalX = in.focalPoint() == null ? null : in.focalPoint().x();
        m.focalY = in.focalPoint() == null ? null : in.focalPoint().y();
    }

    private static void takeFile(Upload file, Media m, Checks checks) {
        if (file == null) {
            checks.reject("file", "required: upload the file as multipart/form-data");
            return;
        }
        m.kind = file.kind();
        m.mediaType = file.mediaType();
        m.extension = file.extension();
        m.fileName = file.fileName();
        m.byteSize = file.bytes().length;
        m.width = file.width();
        m.height = file.height();
        m.digest = file.digest();
        m.blob = new MediaBlob(file.digest(), file.bytes());
    }

    /** The file comes with the upload only, so a merge patch's document has none. */
    @Override
    protected Object own(String field, Media m) {
        return field.equals("focalPoint") ? FocalPoint.of(m) : null;
    }
}
