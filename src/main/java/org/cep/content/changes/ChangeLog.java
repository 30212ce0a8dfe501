package org.cep.content.changes;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** Records every change in the transaction of the write itself, and lists them. */
@ApplicationScoped
public class ChangeLog implements PanacheRepository<Change> {

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Inject
    Event<ChangeRecorded> recorded;

    /**
     * Records the change and tells the observers of {@link ChangeRecorded}, in the write's transaction.
     *
     * @param before the item's publication before the change, null for a creation or a resource without drafts
     * @param after  the item's publication after it, null for a deletion or a resource without drafts
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeAction action, String resource, Long itemId, String slug, JsonNode patch,
                       Publication before, Publication after) {
        Change change = new Change();
        // As the database keeps it, so that the cursor handed to webhooks names exactly the stored moment.
        change.changedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        change.actor = actor.name();
        change.action = action;
        change.resource = resource;
        change.itemId = itemId;
        change.slug = slug;
        change.patch = patch == null ? null : patch.toString();
        persist(change);
        String[] cursor = new String[1];
        Supplier<String> cursorAfter = () -> cursor[0] != null ? cursor[0] : (cursor[0] = ChangeQuery.cursorAfter(change.changedAt, change.id,
                count("changedAt < ?1 or (changedAt = ?1 and id <= ?2)", change.changedAt, change.id)));
        recorded.fire(new ChangeRecorded(change.id, change.changedAt, action, resource, itemId, slug, before, after, cursorAfter));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Change> since(ChangeQuery.ChangeFilter filter) {
        Where where = Where.all("c").andIf(filter.since() != null, "{a}.changedAt >= :since", "since", filter.since());
        return Pages.fetch(getEntityManager(), Change.class, "c", where, filter.page());
    }
}
