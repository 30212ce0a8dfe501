package org.cep.content.events;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.cep.content.media.Media;

/** A file to download from an event, such as a presentation: an outside link, or a media item of the library. */
@Embeddable
public class EventDocument {

    public String title;

    /** The outside link; none for a media item. */
    public String url;

    /** What the outside link is, as the editor said; a media item's is read from its bytes. */
    public String mediaType;

    /** The media item; none for an outside link. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "media_id")
    public Media media;

    protected EventDocument() {
    }

    EventDocument(String title, String url, String mediaType, Media media) {
        this.title = title;
        this.url = url;
        this.mediaType = mediaType;
        this.media = media;
    }
}
