package org.cep.content.expertgroups;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;
import org.cep.content.media.Media;
import org.cep.content.people.Person;

/** Writes expert groups: their fields, chairs, members and tags. Deleting one leaves its events and news without it. */
@ApplicationScoped
class ExpertGroupWriter extends ItemWriter<ExpertGroup, ExpertGroupInput, ExpertGroupView> {

    ExpertGroupWriter() {
        super(ExpertGroups.TYPE);
    }

    @Override
    protected void apply(ExpertGroupInput in, ExpertGroup g, Checks checks) {
        g.image = Media.picture(checks, "image", in.image());
        g.name = in.name();
        g.description = in.description();
        g.since = in.since();
        g.chairs.clear();
        g.chairs.addAll(checks.all(Person.class, "chairs", in.chairs()));
        g.members.clear();
        g.members.addAll(checks.all(Person.class, "members", in.members()));
        applyContent(in, g, checks);
    }

    @Override
    protected ExpertGroupInput input(ExpertGroup g) {
        return new ExpertGroupInput(g.slug, g.name, g.description, g.since, slugs(g.chairs), slugs(g.members), tagSlugs(g),
                g.status, g.publishedAt, slug(g.image));
    }

    @Override
    protected void detach(ExpertGroup g) {
        g.events.forEach(e -> e.expertGroup = null);
        g.news.forEach(n -> n.expertGroup = null);
    }
}
