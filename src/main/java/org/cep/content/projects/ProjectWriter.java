package org.cep.content.projects;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;
import org.cep.content.media.Media;
import org.cep.content.people.Person;

import java.util.List;
import java.util.Objects;

/** Writes projects: their fields, lists, people and tags. Deleting one leaves its events and news without it. */
@ApplicationScoped
class ProjectWriter extends ItemWriter<Project, ProjectInput, ProjectView> {

    ProjectWriter() {
        super(Projects.TYPE);
    }

    @Override
    protected void apply(ProjectInput in, Project p, Checks checks) {
        p.image = Media.picture(checks, "image", in.image());
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            checks.reject("endDate", "must not be before startDate (" + in.startDate() + ")");
        }
        p.title = in.title();
        p.acronym = in.acronym();
        p.summary = in.summary();
        p.body = in.body();
        p.startDate = in.startDate();
        p.endDate = in.endDate();
        p.state = in.state();
        p.website = in.website();
        replace(p.funders, in.funders());
        replace(p.partners, in.partners());
        replace(p.objectives, in.objectives());
        replace(p.targetGroups, in.targetGroups());
        replace(p.activities, in.activities());
        p.people.clear();
        p.people.addAll(checks.all(Person.class, "people", in.people()));
        applyContent(in, p, checks);
    }

    private static void replace(List<String> target, List<String> values) {
        target.clear();
        target.addAll(Objects.requireNonNullElse(values, List.of()));
    }

    @Override
    protected ProjectInput input(Project p) {
        return new ProjectInput(p.slug, p.title, p.acronym, p.summary, p.body, p.startDate, p.endDate, p.state, p.website,
                List.copyOf(p.funders), List.copyOf(p.partners), List.copyOf(p.objectives), List.copyOf(p.targetGroups),
                List.copyOf(p.activities), slugs(p.people), tagSlugs(p), p.status, p.publishedAt, slug(p.image));
    }

    @Override
    protected void detach(Project p) {
        p.events.forEach(e -> e.project = null);
        p.news.forEach(n -> n.project = null);
    }
}
