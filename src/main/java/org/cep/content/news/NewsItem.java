package org.cep.content.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.cep.content.items.Content;
import org.cep.content.common.Markdown;
import org.cep.content.events.Event;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.people.Person;
import org.cep.content.projects.Project;
import org.cep.content.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A news item, article, recap or vodcast episode. */
@Entity
@Table(name = "news")
public class NewsItem extends Content {

    public String title;
    public String summary;

    @Column(name = "body_markdown")
    public String body;

    @Column(name = "body_html")
    String bodyHtml;

    @ManyToOne(fetch = FetchType.LAZY)
    public Person author;

    @ManyToOne(fetch = FetchType.LAZY)
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    public ExpertGroup expertGroup;

    @ManyToMany
    @JoinTable(name = "news_person", joinColumns = @JoinColumn(name = "news_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Person> people = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public MediaKind mediaKind;
    public String mediaUrl;
    public String mediaTitle;

    @ManyToMany
    @JoinTable(name = "news_tag", joinColumns = @JoinColumn(name = "news_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<Tag> tags = new LinkedHashSet<>();

    /** The body as sanitised HTML. */
    public String bodyHtml() {
        return bodyHtml;
    }

    @Override
    protected Stream<String> searchableTexts() {
        return Stream.of(title, summary, body);
    }

    @Override
    protected void render() {
        bodyHtml = Markdown.toHtml(body);
    }
}
