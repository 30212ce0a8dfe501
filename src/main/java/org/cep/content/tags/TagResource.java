package org.cep.content.tags;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.cep.content.cdn.ItemKeys;
import org.cep.content.items.ItemResource;
import org.cep.content.items.ItemType;
import org.cep.content.query.Page;

import java.util.List;

/** Tags: the topics items carry, with how many items carry each. */
@Path(Tags.PATH)
public class TagResource extends ItemResource<Tag, TagInput, TagView, TagQuery.TagFilter> {

    @Inject
    ItemKeys keys;

    @GET
    public Page<TagView> list(@BeanParam TagQuery query) {
        return listed(query);
    }

    /** A tag's counts are of the published items of every resource with drafts, so a change to any of them changes it. */
    @Override
    protected List<String> counted() {
        return keys.types().stream().filter(ItemType::publishable).map(ItemType::collection).toList();
    }
}
