package org.cep.content.news;

import jakarta.persistence.AssociationOverride;
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
import org.cep.content.items.Article;
import org.cep.content.events.Event;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.people.Person;
import org.cep.content.projects.Project;
import org.cep.content.search.SearchYear;

import java.util.ArrayList;
import java.util.List;

/** A news item, article, recap or vodcast episode. */
@Entity
@SearchYear("publishedAt")
@Table(name = "news")
@AssociationOverride(name = "tags", joinTable = @JoinTable(name = "news_tag", joinColumns = @JoinColumn(name = "news_id"),
        inverseJoinColumns = @JoinColumn(name = "tag_id")))
public class NewsItem extends Article {

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
}
