package org.cep.content.events;

import jakarta.persistence.Embeddable;

/** A file to download from an event, such as a presentation. */
@Embeddable
public class EventDocument {

    public String title;
    public String url;
    public String mediaType;

    protected EventDocument() {
    }

    public EventDocument(String title, String url, String mediaType) {
        this.title = title;
        this.url = url;
        this.mediaType = mediaType;
    }
}
