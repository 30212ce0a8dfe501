package org.cep.content.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes a page of a request that asked for {@code fields=} with those fields alone, before its ETag is computed. */
class FieldsetFilter {

    @Inject
    Fieldset fieldset;

    @Inject
    ObjectMapper mapper;

    // Response filters run from the highest priority down: after PageLinks (200) has read the page, before
    // caching.HttpCaching (100) digests the bytes.
    @ServerResponseFilter(priority = 150)
    void sparse(ContainerResponseContext response) {
        if (response.getStatus() == 200 && response.getEntity() instanceof Page<?> page) {
            JsonNode sparse = fieldset.apply(page, mapper);
            if (sparse != null) {
                response.setEntity(sparse, response.getEntityAnnotations(), response.getMediaType());
            }
        }
    }
}
