package org.cep.content.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

import java.time.Instant;
import java.util.Optional;

/** Every query on events. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventRepository implements ItemStore<Event, EventQuery.EventFilter> {

    @Override
    public Page<Event> search(EventQuery.EventFilter filter) {
        Where where = Where.listed("e", filter.listing())
                .andIf(filter.range().from() != null, "{a}.endsAt > :from", "from", filter.range().from())
                .andIf(filter.range().toExclusive() != null, "{a}.startsAt < :to", "to", filter.range().toExclusive())
                .andIf(filter.upcoming(), "{a}.endsAt > :now", "now", filter.listing().now())
                .andIf(filter.past(), "{a}.endsAt <= :now", "now", filter.listing().now())
                .in("kind", filter.kinds(), "kinds")
                .in("country", filter.countries(), "countries")
                .in("attendance", filter.attendances(), "attendances")
                .andIf(filter.project() != null, "{a}.project.slug = :project", "project", filter.project())
                .andIf(filter.expertGroup() != null, "{a}.expertGroup.slug = :expertGroup", "expertGroup", filter.expertGroup())
                .andIf(filter.speaker() != null,
                        "{a}.id in (select x.id from Event x join x.speakers s where s.slug = :speaker)", "speaker", filter.speaker());
        return Pages.fetch(getEntityManager(), Event.class, "e", where, filter.listing().page(), "project", "expertGroup");
    }

    public Optional<Event> findPublished(String slug, Instant now) {
        return findBySlug(slug).filter(e -> e.isVisibleAt(now));
    }
}
