package org.cep.content.news;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;

import java.util.Objects;

/** Writes news items: their fields, references, media and tags. */
@ApplicationScoped
class NewsWriter extends ItemWriter<NewsItem, NewsInput, NewsView> {

    NewsWriter() {
        super(News.TYPE, "media");
    }

    @Override
    protected void apply(NewsInput in, NewsItem n, Checks checks) {
        // Unlike other items, a news item always has a publication time: by default, when it is written.
        n.publishedAt = Objects.requireNonNullElseGet(in.publishedAt(), clock::instant);
        n.mediaKind = in.media() == null ? null : in.media().kind();
        n.mediaUrl = in.media() == null ? null : in.media().url();
        n.mediaTitle = in.media() == null ? null : in.media().title();
    }

    @Override
    protected Object own(String field, NewsItem n) {
        return n.mediaUrl == null ? null : new NewsView.Media(n.mediaKind, n.mediaUrl, n.mediaTitle);
    }
}
