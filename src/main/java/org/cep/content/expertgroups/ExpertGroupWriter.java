package org.cep.content.expertgroups;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.ItemWriter;

/** Writes expert groups: their fields, chairs, members and tags. Deleting one leaves its events and news without it. */
@ApplicationScoped
class ExpertGroupWriter extends ItemWriter<ExpertGroup, ExpertGroupInput, ExpertGroupView> {

    ExpertGroupWriter() {
        super(ExpertGroups.TYPE);
    }
}
