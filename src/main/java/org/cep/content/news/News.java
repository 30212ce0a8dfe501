package org.cep.content.news;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cep.content.items.ItemType;

/** News, declared once: the collection, nouns and types every route, writer and contract text derives from. */
@Singleton
public class News {

    public static final String PATH = ItemType.API + "news";

    @Produces
    public static final ItemType<NewsItem, NewsInput, NewsView> TYPE = new ItemType<>(PATH, "news item", "news",
            NewsItem.class, NewsInput.class, NewsView.class,
            "News", "News items, articles, recaps and vodcast episodes.",
            (news, now) -> news.stream().map(n -> NewsView.from(n, now)).toList(), NewsQuery.SORT,
            "cep-updates-framework-decision-947-guides",
            "Published news, newest first, filtered by tag, publication date, project, author, event and "
            + "expert group.",
            "One published news item by slug.",
            "Deleted; nothing else changes.");
}
