package org.cep.content.projects;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cep.content.items.ItemType;

/** Projects, declared once: the collection, nouns and types every route, writer and contract text derives from. */
@Singleton
public class Projects {

    public static final String PATH = ItemType.API + "projects";

    @Produces
    public static final ItemType<Project, ProjectInput, ProjectView> TYPE = new ItemType<>(PATH, "project", "projects",
            Project.class, ProjectInput.class, ProjectView.class,
            "Projects", "Projects CEP runs or takes part in.",
            (projects, now) -> projects.stream().map(p -> ProjectView.from(p, now)).toList(), ProjectQuery.SORT,
            "empro",
            "Published projects, most recent start first, filtered by tag, the time they ran and state.",
            "One published project by slug, with its events, news and people.",
            "Deleted; its events and news stay, without it.");
}
