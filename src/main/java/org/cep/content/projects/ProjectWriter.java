package org.cep.content.projects;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;
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
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            checks.reject("endDate", "must not be before startDate (" + in.startDate() + ")");
        }
    }

    @Override
    protected void detach(Project p) {
        p.events.forEach(e -> e.project = null);
        p.news.forEach(n -> n.project = null);
    }
}
