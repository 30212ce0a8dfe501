package org.cep.content.events;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import org.cep.content.items.Article;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.people.Person;
import org.cep.content.projects.Project;
import org.cep.content.search.SearchYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A seminar, conference, workshop, training, webinar, meeting or general assembly. It runs from
 * {@code startsAt} (inclusive) to {@code endsAt} (exclusive); a whole-day event runs from the first
 * day's midnight to the midnight after its last day, in its own time zone.
 */
@Entity
@SearchYear("startsAt")
@AssociationOverride(name = "tags", joinTable = @JoinTable(name = "event_tag", joinColumns = @JoinColumn(name = "event_id"),
        inverseJoinColumns = @JoinColumn(name = "tag_id")))
public class Event extends Article {

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    public Instant startsAt;
    public Instant endsAt;
    public String timeZone;
    public boolean allDay;

    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision = DatePrecision.EXACT;

    public String venue;
    public String city;
    public String country;

    @Enumerated(EnumType.STRING)
    public Attendance attendance;

    public String joinUrl;

    public String registrationUrl;
    public LocalDate registrationDeadline;
    public boolean invitationOnly;

    @Enumerated(EnumType.STRING)
    public EventStatus eventStatus = EventStatus.SCHEDULED;

    @ManyToOne(fetch = FetchType.LAZY)
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    public ExpertGroup expertGroup;

    @ManyToMany
    @JoinTable(name = "event_speaker", joinColumns = @JoinColumn(name = "event_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Person> speakers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_document", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventDocument> documents = new ArrayList<>();
}
