package org.cep.content.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

/** Every query on projects. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ProjectRepository implements ItemStore<Project, ProjectQuery.ProjectFilter> {

    @Override
    public Page<Project> search(ProjectQuery.ProjectFilter filter) {
        Where where = Where.listed("p", filter.listing())
                .andIf(filter.range().from() != null, "{a}.endDate >= :fromDate or {a}.endDate is null", "fromDate", filter.range().fromDate())
                .andIf(filter.range().toExclusive() != null, "{a}.startDate <= :toDate", "toDate", filter.range().toDate())
                .in("state", filter.states(), "states");
        return Pages.fetch(getEntityManager(), Project.class, "p", where, filter.listing().page());
    }
}
