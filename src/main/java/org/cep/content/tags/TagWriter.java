package org.cep.content.tags;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.Checks;
import org.cep.content.items.ItemWriter;

/** Writes tags. Deleting one takes it off every item that carried it. */
@ApplicationScoped
class TagWriter extends ItemWriter<Tag, TagInput, TagView> {

    TagWriter() {
        super(Tags.TYPE);
    }

    @Override
    protected void apply(TagInput in, Tag t, Checks checks) {
        t.slug = in.slug();
        t.label = in.label();
    }

    @Override
    protected TagInput input(Tag t) {
        return new TagInput(t.slug, t.label);
    }
}
