package org.cep.content.changes;

import org.cep.content.access.Editors;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cep.content.common.ContentConfig;
import org.cep.content.query.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feed of changes, for editors and for integrators who keep a copy of the content in sync. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "Every change made through the API, deletions included, for editors and for integrators who keep a copy in sync.")
public class ChangeResource {

    @Inject
    ChangeLog changes;

    @Inject
    ObjectMapper mapper;

    @Inject
    ContentConfig config;

    @GET
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Operation(operationId = "listChanges", summary = "List changes",
            description = "Every creation, update and deletion made through the API, oldest first, with who made it. "
                    + "Deletions stay listed as tombstones. Editors only.")
    public Page<ChangeView> list(@BeanParam ChangeQuery query) {
        return changes.since(query.toFilter(config.timeZone())).map(c -> ChangeView.from(c, mapper));
    }
}
