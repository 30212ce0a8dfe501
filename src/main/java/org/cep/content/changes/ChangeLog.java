package org.cep.content.changes;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

import java.time.Clock;

/** Records every change in the transaction of the write itself, and lists them. */
@ApplicationScoped
public class ChangeLog implements PanacheRepository<Change> {

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeAction action, String resource, Long itemId, String slug, JsonNode patch) {
        Change change = new Change();
        change.changedAt = clock.instant();
        change.actor = actor.name();
        change.action = action;
        change.resource = resource;
        change.itemId = itemId;
        change.slug = slug;
        change.patch = patch == null ? null : patch.toString();
        persist(change);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Change> since(ChangeQuery.ChangeFilter filter) {
        Where where = Where.all("c").andIf(filter.since() != null, "{a}.changedAt >= :since", "since", filter.since());
        return Pages.fetch(getEntityManager(), Change.class, "c", where, filter.page());
    }
}
