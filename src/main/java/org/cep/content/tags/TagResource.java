package org.cep.content.tags;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.cep.content.items.ItemResource;
import org.cep.content.query.Page;

/** Tags: the topics items carry, with how many items carry each. */
@Path(Tags.PATH)
public class TagResource extends ItemResource<Tag, TagInput, TagView, TagQuery.TagFilter> {

    @GET
    public Page<TagView> list(@BeanParam TagQuery query) {
        return listed(query);
    }
}
