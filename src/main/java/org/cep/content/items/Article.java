package org.cep.content.items;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.cep.content.common.Markdown;
import org.cep.content.search.Searchable;


/** Content written as an article: a title, a plain-text summary and a Markdown body, kept rendered as HTML. */
@MappedSuperclass
public abstract class Article extends Content {

    public String title;

    public String summary;

    @Column(name = "body_markdown")
    public String body;

    @Column(name = "body_html")
    String bodyHtml;

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
