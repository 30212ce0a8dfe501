package org.cep.content.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every operation of the contract shares, attached once: the caching and paging headers, the
 * conditional request, the problem answers and the public security. The headers and answers themselves
 * are declared in {@code META-INF/openapi.yaml}.
 */
public class ApiContract implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PAGE_INFO = SCHEMAS + "PageInfo";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.GET) {
                        describeGet(operation, path.contains("{"), schemas);
                    }
                });
            }
        });
        schemas.forEach((name, schema) -> {
            if (isPage(schema)) {
                describePage(schema, schemas);
            }
            dropTypesBesideRefs(schema);
        });
    }

    private static void describeGet(Operation operation, boolean item, Map<String, Schema> schemas) {
        operation.addParameter(OASFactory.createParameter().ref("IfNoneMatch"));
        if (operation.getSecurity() == null) {
            // Reading published content needs no credentials.
            operation.setSecurity(new ArrayList<>());
        }
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        ok.addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control"));
        boolean page = json(ok).map(s -> schemas.get(name(s.getRef()))).filter(ApiContract::isPage).isPresent();
        if (page) {
            ok.addHeader("Link", OASFactory.createHeader().ref("Link"));
            describeIfDefault(ok, "One page of the matching items, in the requested order.");
        } else if (item) {
            describeIfDefault(ok, "The item.");
        }
        responses.addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
        responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
        if (item) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound"));
        }
        responses.addAPIResponse("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
        responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("InternalError"));
    }

    private static void describeIfDefault(APIResponse response, String description) {
        if ("OK".equals(response.getDescription())) {
            response.setDescription(description);
        }
    }

    /** A page's example is one item's example with where the page stands, so that it stays valid as views change. */
    private static void describePage(Schema page, Map<String, Schema> schemas) {
        Schema itemSchema = schemas.get(name(page.getProperties().get("items").getItems().getRef()));
        if (page.getDescription() == null) {
            page.setDescription("One page of a collection, with where it stands in the whole result.");
        }
        if (page.getExamples() == null && itemSchema != null && itemSchema.getExamples() != null) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("items", List.of(itemSchema.getExamples().get(0)));
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("number", 1);
            where.put("size", 20);
            where.put("totalItems", 1);
            where.put("totalPages", 1);
            example.put("page", where);
            page.setExamples(List.of(example));
        }
    }

    /** A {@code $ref} already gives the type; a repeated {@code type} beside it only confuses client generators. */
    private static void dropTypesBesideRefs(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiContract::dropTypesBesideRefs);
        }
        if (schema.getItems() != null) {
            dropTypesBesideRefs(schema.getItems());
        }
    }

    private static boolean isPage(Schema schema) {
        return schema != null && schema.getProperties() != null
                && schema.getProperties().containsKey("items")
                && schema.getProperties().get("page") != null
                && PAGE_INFO.equals(schema.getProperties().get("page").getRef());
    }

    private static Optional<Schema> json(APIResponse response) {
        return Optional.ofNullable(response.getContent())
                .map(content -> content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON))
                .map(MediaType::getSchema)
                .filter(schema -> schema.getRef() != null);
    }

    private static String name(String ref) {
        return ref == null || !ref.startsWith(SCHEMAS) ? null : ref.substring(SCHEMAS.length());
    }
}
