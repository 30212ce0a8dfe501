package org.cep.content.projects;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.cep.content.items.ItemResource;
import org.cep.content.query.Page;

/** Projects CEP runs or takes part in. */
@Path(Projects.PATH)
public class ProjectResource extends ItemResource<Project, ProjectInput, ProjectView, ProjectQuery.ProjectFilter> {

    @GET
    public Page<ProjectView> list(@BeanParam ProjectQuery query) {
        return listed(query);
    }
}
