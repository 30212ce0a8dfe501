package org.cep.content.people;

import org.cep.content.search.Searchable;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.cep.content.items.Content;
import org.cep.content.common.Markdown;
import org.cep.content.events.Event;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.media.Media;

import java.util.LinkedHashSet;
import java.util.Set;

/** Someone CEP's content names: a speaker, a board member, an expert, an author. */
@Entity
@AssociationOverride(name = "tags", joinTable = @JoinTable(name = "person_tag", joinColumns = @JoinColumn(name = "person_id"),
        inverseJoinColumns = @JoinColumn(name = "tag_id")))
public class Person extends Content {

    /** Their portrait: a media item, by slug in a body. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "portrait_id")
    public Media portrait;

    public String honorific;
    public String givenName;
    public String familyName;
    public String role;
    public String organisation;
    public String country;

    @Column(name = "bio_markdown")
    public String bio;

    @Column(name = "bio_html")
    String bioHtml;

    @ManyToMany(mappedBy = "speakers")
    public Set<Event> spokeAt = new LinkedHashSet<>();

    @ManyToMany(mappedBy = "chairs")
    public Set<ExpertGroup> chairs = new LinkedHashSet<>();

    @ManyToMany(mappedBy = "members")
    public Set<ExpertGroup> memberOf = new LinkedHashSet<>();

    public String name() {
        return givenName + " " + familyName;
    }

    @Override
    public Searchable searchable() {
        return new Searchable(Searchable.join(givenName, familyName), Searchable.join(role, organisation), bio);
    }

    @Override
    protected void render() {
        bioHtml = Markdown.toHtml(bio);
    }
}
