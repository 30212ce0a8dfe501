package org.cep.content.expertgroups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

/** Every query on expert groups. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ExpertGroupRepository implements ItemStore<ExpertGroup, ExpertGroupQuery.ExpertGroupFilter> {

    @Override
    public Page<ExpertGroup> search(ExpertGroupQuery.ExpertGroupFilter filter) {
        Where where = Where.listed("g", filter.listing())
                .andIf(filter.person() != null, "{a}.id in (select x.id from ExpertGroup x join x.chairs c where c.slug = :person)"
                        + " or {a}.id in (select y.id from ExpertGroup y join y.members m where m.slug = :person)",
                        "person", filter.person());
        return Pages.fetch(getEntityManager(), ExpertGroup.class, "g", where, filter.listing().page());
    }
}
