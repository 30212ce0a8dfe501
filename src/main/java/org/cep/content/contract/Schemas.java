package org.cep.content.contract;

import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the contract adds to the component schemas SmallRye reads from the views: pages' texts and examples, clean refs. */
final class Schemas {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PAGE_INFO = SCHEMAS + "PageInfo";

    private Schemas() {
    }

    static void describe(Map<String, Schema> schemas) {
        schemas.forEach((name, schema) -> {
            if (isPage(schema)) {
                describePage(schema, schemas);
            }
            dropTypesBesideRefs(schema);
        });
    }

    /**
     * A page's example is one item's example with where the page stands, and the examples of whatever else it carries,
     * so that it stays valid as views change.
     */
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
            // What a page carries beside them, such as a search's facets, by the examples of their own schemas.
            page.getProperties().forEach((property, schema) -> {
                Schema shown = schemas.get(name(schema.getRef()));
                if (!example.containsKey(property) && shown != null && shown.getExamples() != null) {
                    example.put(property, shown.getExamples().get(0));
                }
            });
            page.setExamples(List.of(example));
        }
    }

    /** A {@code $ref} already gives the type; a repeated {@code type} beside it only confuses client generators. */
    private static void dropTypesBesideRefs(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(Schemas::dropTypesBesideRefs);
        }
        if (schema.getItems() != null) {
            dropTypesBesideRefs(schema.getItems());
        }
    }

    static boolean isPage(Schema schema) {
        return schema != null && schema.getProperties() != null
                && schema.getProperties().containsKey("items")
                && schema.getProperties().get("page") != null
                && PAGE_INFO.equals(schema.getProperties().get("page").getRef());
    }

    static String name(String ref) {
        return ref == null || !ref.startsWith(SCHEMAS) ? null : ref.substring(SCHEMAS.length());
    }
}
