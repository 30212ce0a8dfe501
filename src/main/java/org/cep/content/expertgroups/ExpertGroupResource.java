package org.cep.content.expertgroups;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.cep.content.items.ItemResource;
import org.cep.content.query.Page;

/** CEP's expert groups and networks. */
@Path(ExpertGroups.PATH)
public class ExpertGroupResource extends ItemResource<ExpertGroup, ExpertGroupInput, ExpertGroupView, ExpertGroupQuery.ExpertGroupFilter> {

    @GET
    public Page<ExpertGroupView> list(@BeanParam ExpertGroupQuery query) {
        return listed(query);
    }
}
