package org.cep.content.media;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded file, kept in the database so that every instance serves the same files. */
@Entity
@Table(name = "media_blob")
public class MediaBlob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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
