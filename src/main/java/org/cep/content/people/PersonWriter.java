package org.cep.content.people;

import jakarta.enterprise.context.ApplicationScoped;
import org.cep.content.items.ItemWriter;

/**
 * Writes people. Deleting a person takes them out of every item that names them (speakers, chairs,
 * members, authors, people of projects and news: items/ItemWriter.release), so those items stay whole and readable.
 */
@ApplicationScoped
class PersonWriter extends ItemWriter<Person, PersonInput, PersonView> {

    PersonWriter() {
        super(People.TYPE);
    }
}
