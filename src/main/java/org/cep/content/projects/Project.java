package org.cep.content.projects;

import org.cep.content.search.SearchYear;
import org.cep.content.search.Searchable;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import org.cep.content.items.Article;
import org.cep.content.events.Event;
import org.cep.content.news.NewsItem;
import org.cep.content.people.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A project CEP runs or takes part in, such as HELP RP-TERR-ICCM or EMPRO. */
@Entity
@SearchYear("startDate")
@AssociationOverride(name = "tags", joinTable = @JoinTable(name = "project_tag", joinColumns = @JoinColumn(name = "project_id"),
        inverseJoinColumns = @JoinColumn(name = "tag_id")))
public class Project extends Article {

    public String acronym;

    public LocalDate startDate;
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public ProjectState state;

    public String website;

    @ElementCollection
    @CollectionTable(name = "project_funder", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> funders = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_objective", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> objectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_target_group", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> targetGroups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_activity", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> activities = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "project_person", joinColumns = @JoinColumn(name = "project_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Person> people = new ArrayList<>();

    @OneToMany(mappedBy = "project")
    public Set<Event> events = new LinkedHashSet<>();

    @OneToMany(mappedBy = "project")
    public Set<NewsItem> news = new LinkedHashSet<>();

    @Override
    public Searchable searchable() {
        return new Searchable(Searchable.join(title, acronym), summary, body);
    }

    /** The title alone: the acronym is searched beside it but is not part of it. */
    @Override
    public String heading() {
        return title;
    }
}
