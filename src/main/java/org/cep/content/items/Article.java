package org.cep.content.items;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.cep.content.common.Markdown;
import org.cep.content.media.Media;
import org.cep.content.search.Searchable;

/**
 * Content written as an article: a title, a plain-text summary and a Markdown body, kept rendered as HTML, and the
 * picture shown with it.
 */
@MappedSuperclass
public abstract class Article extends Content {

    public String title;

    public String summary;

    @Column(name = "body_markdown")
    public String body;

    @Column(name = "body_html")
    String bodyHtml;

    /** The picture or logo shown with it: a media item, by slug in a body. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public Media image;

    /** The body as sanitised HTML. */
    public String bodyHtml() {
        return bodyHtml;
    }

    @Override
    public Searchable searchable() {
        return new Searchable(title, summary, body);
    }

    @Override
    protected void render() {
        bodyHtml = Markdown.toHtml(body);
    }
}
