package org.cep.content.projects;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

import java.util.Optional;

/** Every query on projects. */
@ApplicationScoped
class ProjectRepository implements PanacheRepository<Project>, ItemStore<Project, ProjectQuery.ProjectFilter> {

    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public Page<Project> search(ProjectQuery.ProjectFilter filter) {
        Where where = Where.listed("p", filter.now(), filter.status())
                .tagged(filter.tags(), filter.allTags())
                .matching(filter.words())
                .andIf(filter.range().from() != null, "{a}.endDate >= :fromDate or {a}.endDate is null", "fromDate", filter.range().fromDate())
                .andIf(filter.range().toExclusive() != null, "{a}.startDate <= :toDate", "toDate", filter.range().toDate())
                .in("state", filter.states(), "states");
        return Pages.fetch(getEntityManager(), Project.class, "p", where, filter.page());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public Optional<Project> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
