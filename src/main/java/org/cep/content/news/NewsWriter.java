package org.cep.content.news;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;
import org.cep.content.events.Event;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.people.Person;
import org.cep.content.projects.Project;
import org.cep.content.tags.Tag;

import java.time.Instant;
import java.util.Objects;

/** Writes news items: their fields, references, media and tags. */
@ApplicationScoped
class NewsWriter extends ItemWriter<NewsItem, NewsInput, NewsView> {

    NewsWriter() {
        super(News.TYPE);
    }


    @Override
    protected void apply(NewsInput in, NewsItem n, Checks checks) {
        n.slug = in.slug();
        n.title = in.title();
        n.summary = in.summary();
        n.body = in.body();
        n.publishedAt = Objects.requireNonNullElseGet(in.publishedAt(), clock::instant);
        n.tags.clear();
        n.tags.addAll(checks.all(Tag.class, "tags", in.tags()));
        n.author = checks.one(Person.class, "author", in.author());
        n.project = checks.one(Project.class, "project", in.project());
        n.event = checks.one(Event.class, "event", in.event());
        n.expertGroup = checks.one(ExpertGroup.class, "expertGroup", in.expertGroup());
        n.people.clear();
        n.people.addAll(checks.all(Person.class, "people", in.people()));
        n.mediaKind = in.media() == null ? null : in.media().kind();
        n.mediaUrl = in.media() == null ? null : in.media().url();
        n.mediaTitle = in.media() == null ? null : in.media().title();
        n.status = in.status();
    }

    @Override
    protected NewsInput input(NewsItem n) {
        return new NewsInput(n.slug, n.title, n.summary, n.body, n.publishedAt, n.tags.stream().map(t -> t.slug).sorted().toList(),
                n.author == null ? null : n.author.slug, n.project == null ? null : n.project.slug,
                n.event == null ? null : n.event.slug, n.expertGroup == null ? null : n.expertGroup.slug,
                n.people.stream().map(p -> p.slug).toList(),
                n.mediaUrl == null ? null : new NewsView.Media(n.mediaKind, n.mediaUrl, n.mediaTitle), n.status);
    }


}
