package org.cep.content.media;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cep.content.common.Keyed;

/** The bytes of an uploaded file, kept in the database so that every instance serves the same files. */
@Entity
@Table(name = "media_blob")
public class MediaBlob extends Keyed {

    /** SHA-256 of the bytes, hex. */
    public String digest;

    public byte[] bytes;

    public MediaBlob() {
    }

    MediaBlob(String digest, byte[] bytes) {
        this.digest = digest;
        this.bytes = bytes;
    }
}
