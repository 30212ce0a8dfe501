package org.cep.content.contract;

import jakarta.ws.rs.core.MediaType;
import org.cep.content.access.Editors;
import org.cep.content.events.Events;
import org.cep.content.expertgroups.ExpertGroups;
import org.cep.content.items.ItemInput;
import org.cep.content.items.ItemType;
import org.cep.content.media.MediaItems;
import org.cep.content.news.News;
import org.cep.content.people.People;
import org.cep.content.projects.Projects;
import org.cep.content.query.SlugFilter;
import org.cep.content.query.Sort;
import org.cep.content.search.SiteSearchResource;
import org.cep.content.search.Snippet;
import org.cep.content.tags.Tags;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The texts and answers of the routes every resource shares, written from each resource's declaration. */
final class ItemRoutes {

    static final List<ItemType<?, ?, ?>> RESOURCES = List.of(Projects.TYPE, Events.TYPE, People.TYPE, ExpertGroups.TYPE,
            News.TYPE, Tags.TYPE, MediaItems.TYPE);

    private ItemRoutes() {
    }

    /** Whether the path is a resource's collection or one of its items, whose writes share the item plumbing. */
    static boolean isItemPath(String path) {
        return RESOURCES.stream().anyMatch(type -> path.equals(type.path()) || path.startsWith(type.path() + "/"));
    }

    static void describe(OpenAPI openAPI) {
        for (ItemType<?, ?, ?> type : RESOURCES) {
            openAPI.addTag(OASFactory.createTag().name(type.tag()).description(type.about()));
            String one = article(type.singular());
            String the = "the " + type.singular();
            PathItem collection = openAPI.getPaths().getPathItem(type.path());
            PathItem item = openAPI.getPaths().getPathItem(type.path() + "/{slug}");
            name(collection.getGET(), type, "list" + pascal(type.plural()), "List " + type.plural(), type.listDescription());
            name(item.getGET(), type, "get" + pascal(type.singular()), "Get " + one, type.getDescription());
            name(collection.getPOST(), type, "create" + pascal(type.singular()), "Create " + one, "Creates " + one
                    + " from the body" + (type.publishable() ? ", with relations named by slug" : "")
                    + "; needs an editor's bearer token. Answers 201 with " + the + ", its Location and its ETag."
                    + (type.publishable() ? " A draft stays invisible to readers; a published " + type.singular()
                    + " with a future `publishedAt` appears then." : ""));
            answer(collection.getPOST().getResponses(), "201", "Created; Location names it.", type);
            uploadOnly(collection.getPOST());
            name(item.getPUT(), type, "replace" + pascal(type.singular()), "Replace " + one, "Replaces the whole "
                    + type.singular() + " with the body; needs an editor's bearer token and, in If-Match, the ETag of " + the
                    + " as last read, so that no one else's change is overwritten. A new slug keeps the old one answering 301.");
            answer(item.getPUT().getResponses(), "200", "Replaced.", type);
            name(item.getPATCH(), type, "patch" + pascal(type.singular()), "Change part of " + one, "Changes the fields of "
                    + the + " that the JSON merge patch (RFC 7396) names, `null` removing a field; needs an editor's bearer "
                    + "token and, in If-Match, the ETag of " + the + " as last read.");
            answer(item.getPATCH().getResponses(), "200", "Changed.", type);
            item.getPATCH().requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                    .addMediaType(ItemInput.MERGE_PATCH, OASFactory.createMediaType().schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.OBJECT).description("A JSON merge patch (RFC 7396) over "
                                    + schemaName(type.input()) + ": the fields to change; null removes a field.")))));
            name(item.getDELETE(), type, "delete" + pascal(type.singular()), "Delete " + one, "Deletes " + the
                    + "; needs an editor's bearer token and, in If-Match, the ETag of " + the + " as last read. Items that "
                    + "refer to it stay readable, without the reference; the change log keeps a tombstone.");
            item.getDELETE().getResponses().getAPIResponse("204").setDescription(type.deleted());
            item.getOperations().values().forEach(operation -> slug(operation, type));
            // The collection's feeds (events.ics, news.atom) take its query, and so its sort, too, but have their
            // format's fields.
            openAPI.getPaths().getPathItems().forEach((path, route) -> {
                if (path.equals(type.path()) || path.startsWith(type.path() + ".")) {
                    sort(route.getGET(), type.sort());
                    slugFilters(route.getGET());
                    fields(route.getGET(), path.equals(type.path()) ? type.listedFields() : List.of());
                }
            });
            snippet(openAPI, type);
            List.of(collection.getPOST(), item.getPUT(), item.getPATCH(), item.getDELETE()).forEach(ItemRoutes::editorsOnly);
        }
        searched(openAPI);
        // What SmallRye made of the PATCH routes' JsonNode parameter: its bean properties, which no client sends.
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
        openAPI.setTags(openAPI.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
    }

    /** The site search's {@code type} takes the searched collections, which its hits and counts name too. */
    private static void searched(OpenAPI openAPI) {
        List<Object> collections = RESOURCES.stream().filter(ItemType::searched).map(ItemType::collection).sorted()
                .collect(Collectors.toList());
        openAPI.getPaths().getPathItem(SiteSearchResource.PATH).getGET().getParameters().stream()
                .filter(p -> "type".equals(p.getName())).forEach(p -> p.getSchema().getItems().enumeration(collections));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List.of("SearchHit", "SearchTypeCount").forEach(name -> schemas.get(name).getProperties().get("type").enumeration(collections));
    }

    /**
     * A resource whose items are created by uploading a file (media) takes {@code multipart/form-data} there, described
     * by its upload's schema alone, and no JSON: SmallRye merges the inherited JSON create and the form's own fields in.
     */
    private static void uploadOnly(Operation create) {
        org.eclipse.microprofile.openapi.models.media.Content body = create.getRequestBody().getContent();
        if (!body.hasMediaType(MediaType.MULTIPART_FORM_DATA)) {
            return;
        }
        body.removeMediaType(MediaType.APPLICATION_JSON);
        Schema form = body.getMediaType(MediaType.MULTIPART_FORM_DATA).getSchema();
        body.getMediaType(MediaType.MULTIPART_FORM_DATA).setSchema(OASFactory.createSchema().ref(form.getRef()));
        create.description(UPLOAD);
    }

    private static final String UPLOAD = "Uploads a file as `multipart/form-data` (the part `file`, with its name) with what "
            + "editors say of it; needs an editor's bearer token. The file's type is read from its bytes, never from its name "
            + "or the type it is sent with: a file that is not what it claims, or of a type not accepted (SVG among them), is "
            + "415; an image whose header announces more pixels than `content.media.max-pixels` is 400 before it is decoded; "
            + "a file over `content.media.max-bytes` is 413; an image needs `alt`. Nothing is stored unless all of it is. "
            + "Answers 201 with the media item, its Location and its ETag.";

    /** SmallRye reads {@code @RolesAllowed} on a resource's own methods only, not on those it inherits. */
    private static void editorsOnly(Operation write) {
        write.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement()
                .addScheme(ApiContract.BEARER, List.of(Editors.EDITOR, Editors.ADMIN)))));
    }

    private static void name(Operation operation, ItemType<?, ?, ?> type, String id, String summary, String description) {
        operation.operationId(id).summary(summary).description(description).tags(List.of(type.tag()));
    }

    /** The write's answer: the item as a GET would show it. */
    private static void answer(APIResponses responses, String status, String description, ItemType<?, ?, ?> type) {
        responses.removeAPIResponse("200");
        APIResponse answer = OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(MediaType.APPLICATION_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(schemaName(type.view())))));
        responses.addAPIResponse(status, answer);
    }

    private static void slug(Operation operation, ItemType<?, ?, ?> type) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "slug".equals(p.getName())).forEach(p -> p
                    .description("The " + type.singular() + "'s slug.").example(type.exampleSlug())
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern(ItemInput.SLUG)));
        }
    }

    /**
     * A filter of one value that names another item by its slug ({@link SlugFilter}) takes a slug's form. It is written
     * anew, its schema where an annotation's would stand, so that its keys come in the order of every other parameter's.
     */
    private static void slugFilters(Operation list) {
        list.setParameters(new ArrayList<>(list.getParameters().stream().map(p -> !SlugFilter.describes(p.getDescription())
                || !p.getSchema().getType().equals(List.of(Schema.SchemaType.STRING)) ? p
                : OASFactory.createParameter().description(p.getDescription()).example(p.getExample())
                        .schema(OASFactory.createSchema().pattern(ItemInput.SLUG).addType(Schema.SchemaType.STRING))
                        .name(p.getName()).in(p.getIn())).toList()));
    }

    /** The orders a query's {@code sort} takes and its default, which the parameter in the code leaves to each collection. */
    private static void sort(Operation list, Sort.Fields fields) {
        list.getParameters().stream().filter(p -> "sort".equals(p.getName())).forEach(p -> {
            p.description(p.getDescription() + " " + fields.describeDefault()).example(fields.defaultValue());
            p.getSchema().defaultValue(fields.defaultValue()).enumeration(new ArrayList<Object>(fields.accepted()));
        });
    }

    /** The fields {@code fields} takes: those of the collection's items; a feed, whose entries are its format's, none. */
    private static void fields(Operation list, List<String> fields) {
        list.getParameters().stream().filter(p -> "fields".equals(p.getName())).toList().forEach(p -> {
            if (fields.isEmpty()) {
                list.removeParameter(p);
            } else {
                p.getSchema().getItems().enumeration(new ArrayList<Object>(fields));
                p.example(List.of(fields.get(0), fields.stream().filter(List.of("title", "name", "label")::contains)
                        .findFirst().orElse(fields.get(1))));
            }
        });
    }

    /** A searchable collection's items carry a snippet when listed for {@code q}, which their view does not declare. */
    private static void snippet(OpenAPI openAPI, ItemType<?, ?, ?> type) {
        if (type.sort().isRanked()) {
            openAPI.getComponents().getSchemas().get(schemaName(type.view())).addProperty(Snippet.FIELD, OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).description(Snippet.ABOUT)
                    .examples(List.of("…the <mark>deradicalisation</mark> of prisoners in Barcelona…")));
        }
    }

    /** The name a class has among the contract's schemas: its {@code @Schema(name)}. */
    private static String schemaName(Class<?> type) {
        return type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class).name();
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String pascal(String words) {
        StringBuilder name = new StringBuilder();
        for (String word : words.split(" ")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.toString();
    }
}
