package org.cep.content.people;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.cep.content.items.ItemResource;
import org.cep.content.query.Page;

/** People: speakers, board members, experts and authors. */
@Path(People.PATH)
public class PersonResource extends ItemResource<Person, PersonInput, PersonView, PersonQuery.PersonFilter> {

    @GET
    public Page<PersonView> list(@BeanParam PersonQuery query) {
        return listed(query);
    }
}
