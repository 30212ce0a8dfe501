package org.cep.content.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

/** Every query on people. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PersonRepository implements ItemStore<Person, PersonQuery.PersonFilter> {

    @Override
    public Page<Person> search(PersonQuery.PersonFilter filter) {
        Where where = Where.listed("p", filter.listing())
                .andIf(filter.expertGroup() != null, "{a}.id in (select c.id from ExpertGroup g join g.chairs c where g.slug = :group)"
                        + " or {a}.id in (select m.id from ExpertGroup g join g.members m where g.slug = :group)",
                        "group", filter.expertGroup())
                .containing("role", filter.role());
        return Pages.fetch(getEntityManager(), Person.class, "p", where, filter.listing().page());
    }
}
