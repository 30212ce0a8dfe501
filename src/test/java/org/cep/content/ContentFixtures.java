package org.cep.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cep.content.items.PublicationStatus;
import org.cep.content.events.Attendance;
import org.cep.content.events.Event;
import org.cep.content.events.EventKind;
import org.cep.content.news.NewsItem;
import org.cep.content.people.Person;
import org.cep.content.projects.Project;
import org.cep.content.projects.ProjectState;
import org.cep.content.tags.Tag;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Content that tests create for themselves, under a prefix of their own, and remove afterwards. */
@ApplicationScoped
public class ContentFixtures {

    @Inject
    EntityManager em;

    @Transactional
    public Tag tag(String slug, String label) {
        Tag tag = new Tag();
        tag.slug = slug;
        tag.label = label;
        em.persist(tag);
        return tag;
    }

    @Transactional
    public Person person(String slug, String givenName, String familyName) {
        Person person = new Person();
        person.slug = slug;
        person.givenName = givenName;
        person.familyName = familyName;
        em.persist(person);
        return person;
    }

    @Transactional
    public Project project(String slug, String title) {
        Project project = new Project();
        project.slug = slug;
        project.title = title;
        project.state = ProjectState.ONGOING;
        em.persist(project);
        return project;
    }

    /** An in-person event in Brussels; {@code status} and {@code publishedAt} as given. */
    @Transactional
    public Event event(String slug, Instant startsAt, Instant endsAt, PublicationStatus status, Instant publishedAt,
                       List<String> tagSlugs, List<String> speakerSlugs, String projectSlug) {
        Event event = new Event();
        event.slug = slug;
        event.title = "Test event " + slug;
        event.kind = EventKind.SEMINAR;
        event.startsAt = startsAt;
        event.endsAt = endsAt;
        event.timeZone = "Europe/Brussels";
        event.city = "Brussels";
        event.country = "BE";
        event.attendance = Attendance.IN_PERSON;
        event.status = status;
        event.publishedAt = publishedAt;
        for (String tag : tagSlugs) {
            event.tags.add(em.createQuery("from Tag where slug = :slug", Tag.class).setParameter("slug", tag).getSingleResult());
        }
        for (String speaker : speakerSlugs) {
            event.speakers.add(em.createQuery("from Person where slug = :slug", Person.class).setParameter("slug", speaker).getSingleResult());
        }
        if (projectSlug != null) {
            event.project = em.createQuery("from Project where slug = :slug", Project.class).setParameter("slug", projectSlug).getSingleResult();
        }
        em.persist(event);
        return event;
    }

    @Transactional
    public Event publishedEvent(String slug, Instant startsAt, List<String> tagSlugs) {
        return event(slug, startsAt, startsAt.plus(2, ChronoUnit.HOURS), PublicationStatus.PUBLISHED, null, tagSlugs, List.of(), null);
    }

    /** A published news item with a Markdown body, written by the person given (or no one). */
    @Transactional
    public NewsItem newsItem(String slug, Instant publishedAt, List<String> tagSlugs, String authorSlug) {
        NewsItem item = new NewsItem();
        item.slug = slug;
        item.title = "Test news " + slug;
        item.summary = "Summary of " + slug;
        item.body = "The **body** of " + slug + ".";
        item.publishedAt = publishedAt;
        for (String tag : tagSlugs) {
            item.tags.add(em.createQuery("from Tag where slug = :slug", Tag.class).setParameter("slug", tag).getSingleResult());
        }
        if (authorSlug != null) {
            item.author = em.createQuery("from Person where slug = :slug", Person.class).setParameter("slug", authorSlug).getSingleResult();
        }
        em.persist(item);
        return item;
    }

    /** Removes everything whose slug starts with the prefix. */
    @Transactional
    public void removeAll(String prefix) {
        for (String entity : List.of("NewsItem", "Event", "ExpertGroup", "Project", "Person", "Media", "Tag")) {
            em.createQuery("from " + entity + " where slug like :prefix", Object.class).setParameter("prefix", prefix + "%")
                    .getResultList().forEach(em::remove);
        }
    }
}
