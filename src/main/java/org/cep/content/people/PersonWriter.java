package org.cep.content.people;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;
import org.cep.content.media.Media;
import org.cep.content.news.NewsItem;
import org.cep.content.projects.Project;

/**
 * Writes people. Deleting a person takes them out of every item that names them (speakers, chairs,
 * members, authors, people of projects and news), so those items stay whole and readable.
 */
@ApplicationScoped
class PersonWriter extends ItemWriter<Person, PersonInput, PersonView> {

    PersonWriter() {
        super(People.TYPE);
    }

    @Override
    protected void apply(PersonInput in, Person p, Checks checks) {
        p.portrait = Media.picture(checks, "portrait", in.portrait());
        p.honorific = in.honorific();
        p.givenName = in.givenName();
        p.familyName = in.familyName();
        p.role = in.role();
        p.organisation = in.organisation();
        p.country = in.country();
        p.bio = in.bio();
        applyContent(in, p, checks);
    }

    @Override
    protected PersonInput input(Person p) {
        return new PersonInput(p.slug, p.honorific, p.givenName, p.familyName, p.role, p.organisation, p.country, p.bio,
                tagSlugs(p), p.status, p.publishedAt, slug(p.portrait));
    }

    @Override
    protected void detach(Person p) {
        // The ordered lists that name a person are rewritten through their owners, so no position is left empty.
        p.spokeAt.forEach(e -> e.speakers.removeIf(p::equals));
        p.chairs.forEach(g -> g.chairs.removeIf(p::equals));
        p.memberOf.forEach(g -> g.members.removeIf(p::equals));
        em.createQuery("select x from Project x join x.people y where y = :p", Project.class)
                .setParameter("p", p).getResultList().forEach(x -> x.people.removeIf(p::equals));
        em.createQuery("select x from NewsItem x join x.people y where y = :p", NewsItem.class)
                .setParameter("p", p).getResultList().forEach(x -> x.people.removeIf(p::equals));
        em.createQuery("select x from NewsItem x where x.author = :p", NewsItem.class)
                .setParameter("p", p).getResultList().forEach(x -> x.author = null);
    }
}
