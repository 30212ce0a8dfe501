package org.cep.content.events;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.cep.content.common.PublicUrls;
import org.cep.content.items.ItemResource;
import org.cep.content.query.Page;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Instant;

/** Events: CEP seminars, conferences, workshops, trainings, webinars, meetings and general assemblies. */
@Path(Events.PATH)
public class EventResource extends ItemResource<Event, EventInput, EventView, EventQuery.EventFilter> {

    @Inject
    EventRepository events;

    @Inject
    PublicUrls urls;

    @GET
    public Page<EventView> list(@BeanParam EventQuery query) {
        return listed(query);
    }

    /**
     * The published event as schema.org JSON-LD: the same operation as the JSON one in the contract, chosen by
     * {@code Accept}; a client that accepts anything gets JSON ({@code qs}).
     */
    @GET
    @Path("{slug}")
    @Produces(EventJsonLd.MEDIA_TYPE + ";qs=0.5")
    public EventJsonLd getJsonLd(@RestPath String slug, @Context UriInfo request) {
        Instant now = clock.instant();
        return events.findPublished(slug, now).map(e -> EventJsonLd.from(e, now, urls.of(request)))
                .orElseThrow(() -> history.movedOrNotFound(Events.TYPE, slug));
    }
}
