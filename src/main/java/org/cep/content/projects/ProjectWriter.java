package org.cep.content.projects;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;

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
}
