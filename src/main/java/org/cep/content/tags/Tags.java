package org.cep.content.tags;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cep.content.items.ItemType;

/** Tags, declared once: the collection, nouns and types every route, writer and contract text derives from. */
@Singleton
public class Tags {

    public static final String PATH = ItemType.API + "tags";

    @Produces
    public static final ItemType<Tag, TagInput, TagView> TYPE = new ItemType<>(PATH, "tag", "tags",
            Tag.class, TagInput.class, TagView.class,
            "Tags", "The topics items carry, with how many published items of each resource carry each.",
            TagView::of, TagQuery.SORT,
            "violent-extremism",
            "Every tag by label, with how many published items of each resource carry it.",
            "One tag by slug, with its counts.",
            "Deleted; items that carried it stay, without it.", TagView.Counts.COLLECTIONS);
}
