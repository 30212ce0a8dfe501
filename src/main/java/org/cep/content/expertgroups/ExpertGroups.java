package org.cep.content.expertgroups;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cep.content.items.ItemType;

/** Expert groups, declared once: the collection, nouns and types every route, writer and contract text derives from. */
@Singleton
public class ExpertGroups {

    public static final String PATH = ItemType.API + "expert-groups";

    @Produces
    public static final ItemType<ExpertGroup, ExpertGroupInput, ExpertGroupView> TYPE = new ItemType<>(PATH, "expert group", "expert groups",
            ExpertGroup.class, ExpertGroupInput.class, ExpertGroupView.class,
            "Expert groups", "CEP's expert groups and networks, with their chairs and members.",
            (groups, now) -> groups.stream().map(g -> ExpertGroupView.from(g, now)).toList(), ExpertGroupQuery.SORT,
            "violent-extremism",
            "Published expert groups by name, filtered by tag and person.",
            "One published expert group by slug, with its chairs, members, events and news.",
            "Deleted; its events and news stay, without it.");
}
