package org.cep.content.people;

import org.cep.content.items.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A person as other items show them. */
@Schema(name = "PersonRef", description = "A person named by another item.",
        example = "{\"slug\": \"robert-orell\", \"name\": \"Robert Örell\", \"url\": \"/api/v1/people/robert-orell\"}")
public record PersonRef(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true, description = "Given and family name.") String name,
        @Schema(required = true, description = "The person's own resource.") String url) {

    public static PersonRef from(Person person) {
        return new PersonRef(person.slug, person.name(), People.PATH + "/" + person.slug);
    }

    /** The ref, or {@code null} when there is no person or they are not visible now. */
    public static PersonRef visible(Person person, Instant now) {
        return Content.visible(person, now, PersonRef::from);
    }

    /** The visible people, in the given order. */
    public static List<PersonRef> visible(Collection<Person> people, Instant now) {
        return Content.visible(people, now).map(PersonRef::from).toList();
    }
}
