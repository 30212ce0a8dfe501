package org.cep.content.tags;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.ItemWriter;

/** Writes tags. Deleting one takes it off every item that carried it. */
@ApplicationScoped
class TagWriter extends ItemWriter<Tag, TagInput, TagView> {

    TagWriter() {
        super(Tags.TYPE);
    }
}
