package org.cep.content.people;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cep.content.items.ItemType;

/** People, declared once: the collection, nouns and types every route, writer and contract text derives from. */
@Singleton
public class People {

    public static final String PATH = ItemType.API + "people";

    @Produces
    public static final ItemType<Person, PersonInput, PersonView> TYPE = new ItemType<>(PATH, "person", "people",
            Person.class, PersonInput.class, PersonView.class,
            "People", "Speakers, board members, experts and authors named in CEP's content.",
            (people, now) -> people.stream().map(p -> PersonView.from(p, now)).toList(), PersonQuery.SORT,
            "robert-orell",
            "Published people by family name, then given name, filtered by tag, expert group and role.",
            "One published person by slug, with the events they speak at and their expert groups.",
            "Deleted; the items that named them stay, without them.");
}
