package org.cep.content.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cep.content.items.ItemStore;
import org.cep.content.query.Page;
import org.cep.content.query.Pages;
import org.cep.content.query.Where;

/** Every query on news. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsRepository implements ItemStore<NewsItem, NewsQuery.NewsFilter> {

    @Override
    public Page<NewsItem> search(NewsQuery.NewsFilter filter) {
        Where where = Where.listed("n", filter.listing())
                .andIf(filter.range().from() != null, "{a}.publishedAt >= :from", "from", filter.range().from())
                .andIf(filter.range().toExclusive() != null, "{a}.publishedAt < :to", "to", filter.range().toExclusive())
                .andIf(filter.project() != null, "{a}.project.slug = :project", "project", filter.project())
                .andIf(filter.author() != null, "{a}.author.slug = :author", "author", filter.author())
                .andIf(filter.event() != null, "{a}.event.slug = :event", "event", filter.event())
                .andIf(filter.expertGroup() != null, "{a}.expertGroup.slug = :expertGroup", "expertGroup", filter.expertGroup());
        return Pages.fetch(getEntityManager(), NewsItem.class, "n", where, filter.listing().page(), "author", "project", "event", "expertGroup");
    }
}
