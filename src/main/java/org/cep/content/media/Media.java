package org.cep.content.media;

import org.cep.content.search.Searchable;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.cep.content.items.Referable;
import org.cep.content.items.Content;


/** An uploaded image or document: what the bytes are (read from them), and what editors say of it. */
@Entity
@Table(name = "media")
@AssociationOverride(name = "tags", joinTable = @JoinTable(name = "media_tag", joinColumns = @JoinColumn(name = "media_id"),
        inverseJoinColumns = @JoinColumn(name = "tag_id")))
public class Media extends Content implements Referable {

    @Enumerated(EnumType.STRING)
    public MediaItemKind kind;

    /** As read from the bytes, never as sent. */
    public String mediaType;

    /** The file name extension that goes with {@link #mediaType}. */
    public String extension;

    /** The file name it was uploaded with, which downloads keep. */
    public String fileName;

    public long byteSize;

    public Integer width;

    public Integer height;

    /** SHA-256 of the bytes, hex: part of the file's URL, which so never changes for other bytes. */
    public String digest;

    public String alt;

    public String caption;

    public String credit;

    @Column(name = "focal_x")
    public Double focalX;

    @Column(name = "focal_y")
    public Double focalY;

    /** Loaded only to be created or deleted with the item; files are served by {@link MediaFiles}. */
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "blob_id")
    MediaBlob blob;

    /** A reference to a media item is a picture (image, portrait), which a document cannot be; an event's documents take any. */
    @Override
    public String refusal() {
        return isImage() ? null : "'" + slug + "' is a document, not an image";
    }

    public boolean isImage() {
        return kind == MediaItemKind.IMAGE;
    }

    /** The path of the file itself. */
    public String fileUrl() {
        return MediaItems.FILES + "/" + slug + "/" + digest.substring(0, 16) + "." + extension;
    }

    @Override
    public Searchable searchable() {
        return new Searchable(alt, caption, Searchable.join(credit, fileName, slug));
    }

    /** Its alternative text; a document, which may have none, by its caption, else its file name. */
    @Override
    public String heading() {
        return alt != null ? alt : caption != null ? caption : fileName;
    }

    @Override
    protected void render() {
    }
}
