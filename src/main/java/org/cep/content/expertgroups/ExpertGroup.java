package org.cep.content.expertgroups;

import org.cep.content.search.SearchYear;
import org.cep.content.search.Searchable;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import org.cep.content.items.Content;
import org.cep.content.common.Markdown;
import org.cep.content.events.Event;
import org.cep.content.media.Media;
import org.cep.content.news.NewsItem;
import org.cep.content.people.Person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A CEP expert group or network, such as Violent Extremism or Electronic Monitoring. */
@Entity
@SearchYear("since")
@AssociationOverride(name = "tags", joinTable = @JoinTable(name = "expert_group_tag", joinColumns = @JoinColumn(name = "expert_group_id"),
        inverseJoinColumns = @JoinColumn(name = "tag_id")))
public class ExpertGroup extends Content {

    /** The picture shown with it: a media item, by slug in a body. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public Media image;

    public String name;

    @Column(name = "description_markdown")
    public String description;

    @Column(name = "description_html")
    String descriptionHtml;

    @Column(name = "since_year")
    public Integer since;

    @ManyToMany
    @JoinTable(name = "expert_group_chair", joinColumns = @JoinColumn(name = "expert_group_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Person> chairs = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "expert_group_member", joinColumns = @JoinColumn(name = "expert_group_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Person> members = new ArrayList<>();

    @OneToMany(mappedBy = "expertGroup")
    public Set<Event> events = new LinkedHashSet<>();

    @OneToMany(mappedBy = "expertGroup")
    public Set<NewsItem> news = new LinkedHashSet<>();

    @Override
    public Searchable searchable() {
        return new Searchable(name, null, description);
    }

    @Override
    protected void render() {
        descriptionHtml = Markdown.toHtml(description);
    }
}
