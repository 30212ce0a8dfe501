package org.cep.content.news;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;
import org.cep.content.events.Event;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.media.Media;
import org.cep.content.people.Person;
import org.cep.content.projects.Project;

import java.util.Objects;

/** Writes news items: their fields, references, media and tags. */
@ApplicationScoped
class NewsWriter extends ItemWriter<NewsItem, NewsInput, NewsView> {

    NewsWriter() {
        super(News.TYPE);
    }

    @Override
    protected void apply(NewsInput in, NewsItem n, Checks checks) {
        n.image = Media.picture(checks, "image", in.image());
        n.title = in.title();
        n.summary = in.summary();
        n.body = in.body();
        applyContent(in, n, checks);
        // Unlike other items, a news item always has a publication time: by default, when it is written.
        n.publishedAt = Objects.requireNonNullElseGet(in.publishedAt(), clock::instant);
        n.author = checks.one(Person.class, "author", in.author());
        n.project = checks.one(Project.class, "project", in.project());
        n.event = checks.one(Event.class, "event", in.event());
        n.expertGroup = checks.one(ExpertGroup.class, "expertGroup", in.expertGroup());
        n.people.clear();
        n.people.addAll(checks.all(Person.class, "people", in.people()));
        n.mediaKind = in.media() == null ? null : in.media().kind();
        n.mediaUrl = in.media() == null ? null : in.media().url();
        n.mediaTitle = in.media() == null ? null : in.media().title();
    }

    @Override
    protected NewsInput input(NewsItem n) {
        return new NewsInput(n.slug, n.title, n.summary, n.body, n.publishedAt, tagSlugs(n), slug(n.author), slug(n.project),
                slug(n.event), slug(n.expertGroup), slugs(n.people),
                n.mediaUrl == null ? null : new NewsView.Media(n.mediaKind, n.mediaUrl, n.mediaTitle), n.status, slug(n.image));
    }
}
