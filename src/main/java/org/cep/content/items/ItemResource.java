package org.cep.content.items;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cep.content.access.Editors;
import org.cep.content.common.ContentConfig;
import org.cep.content.query.Fieldset;
import org.cep.content.query.Page;
import org.cep.content.search.SearchBounds;
import org.cep.content.search.Snippet;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Clock;

/**
 * The routes every resource has. A resource extends it with its types and adds its own, its list route among them
 * (Quarkus REST reads a {@code @BeanParam}'s declared class), which calls {@link #listed}. Texts: {@code ItemRoutes}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ItemResource<E, I extends ItemInput, V, F extends ItemQuery.Filter> {

    @Inject protected Clock clock;
    @Inject ContentConfig config;
    @Inject Editors editors;
    @Inject protected SlugHistory history;
    @Inject ItemType<E, I, V> type;
    @Inject ItemStore<E, F> store;
    @Inject ItemWriter<E, I, V> writer;
    @Inject Fieldset fieldset;
    @Inject SearchBounds bounds;

    protected Page<V> listed(ItemQuery<F> query) {
        var now = clock.instant();
        F filter = query.toFilter(now, config.timeZone());
        fieldset.keep(query.fields(), type.listedFields());
        editors.mayList(filter.status());
        return bounds.within(filter.search(), () -> type.page(fieldset.adding(Snippet.FIELD, store.search(filter),
                item -> Snippet.of(item, filter.search())), now));
    }

    @GET
    @Path("{slug}")
    public V get(@RestPath String slug) {
        var now = clock.instant();
        return store.findBySlug(slug).filter(item -> !(item instanceof Content content) || editors.maySee(type.collection(), content, now))
                .map(item -> type.view(item, now)).orElseThrow(() -> history.movedOrNotFound(type, slug));
    }

    @POST
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(I input) {
        return writer.create(input).created(type.path());
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@RestPath String slug, @RestHeader("If-Match") String ifMatch, I input) {
        return writer.replace(slug, ifMatch, input).ok();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    @Consumes(ItemInput.MERGE_PATCH)
    public Response patch(@RestPath String slug, @RestHeader("If-Match") String ifMatch, JsonNode patch) {
        return writer.patch(slug, ifMatch, patch).ok();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Editors.EDITOR, Editors.ADMIN})
    public void delete(@RestPath String slug, @RestHeader("If-Match") String ifMatch) {
        writer.delete(slug, ifMatch);
    }
}
