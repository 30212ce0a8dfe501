package org.cep.content.news;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.cep.content.items.ItemResource;
import org.cep.content.query.Page;

/** News items, articles, recaps and vodcast episodes. */
@Path(News.PATH)
public class NewsResource extends ItemResource<NewsItem, NewsInput, NewsView, NewsQuery.NewsFilter> {

    @GET
    public Page<NewsView> list(@BeanParam NewsQuery query) {
        return listed(query);
    }
}
