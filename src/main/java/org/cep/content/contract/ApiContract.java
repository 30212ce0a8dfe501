package org.cep.content.contract;

import org.cep.content.query.Params;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every operation of the contract shares, attached once: the caching, surrogate-key and paging headers, the
 * conditional request, the problem answers and the public security. The headers and answers themselves
 * are declared in {@code META-INF/openapi.yaml}.
 */
public class ApiContract implements OASFilter {

    /** The security scheme of bearer tokens (quarkus.smallrye-openapi.security-scheme-name). */
    static final String BEARER = "bearer";

    /** The site's time zone, as the service is configured when the contract is built. */
    private final String siteZone = ConfigProvider.getConfig().getValue("content.time-zone", String.class);

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getDescription() != null) {
            parameter.setDescription(parameter.getDescription().replace(Params.SITE_TIME_ZONE, siteZone));
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getInfo().setDescription(openAPI.getInfo().getDescription().replace(Params.SITE_TIME_ZONE, siteZone));
        ItemRoutes.describe(openAPI);
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    rolesAsExtension(operation);
                    if (method == PathItem.HttpMethod.GET) {
                        describeGet(operation, path.contains("{"), path.endsWith("}") && ItemRoutes.isItemPath(path), listsDrafts(openAPI, path), schemas);
                    } else if (ItemRoutes.isItemPath(path)) {
                        describeWrite(operation, method, item.getGET());
                    } else {
                        describeOwnWrite(operation, method, path.contains("{"));
                    }
                });
            }
        });
        Schemas.describe(schemas);
    }

    /**
     * A bearer scheme takes no scopes (OpenAPI 3.0, and Spectral's {@code oas3-operation-security-defined}), so the roles
     * that SmallRye lists there from {@code @RolesAllowed} move to the operation's {@code x-roles}.
     */
    private static void rolesAsExtension(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = operation.getSecurity().stream().map(requirement -> requirement.getScheme(BEARER))
                .filter(Objects::nonNull).flatMap(List::stream).distinct().toList();
        if (!roles.isEmpty()) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
            operation.addExtension("x-roles", roles);
        }
    }

    /**
     * Whether the collection of this path takes {@code status}, so that an editor's token shows its drafts. An item in
     * another format than JSON ({@code {slug}.ics}) shows only what is published.
     */
    private static boolean listsDrafts(OpenAPI openAPI, String path) {
        if (path.contains("{") && !path.endsWith("}")) {
            return false;
        }
        String collection = path.endsWith("}") ? path.substring(0, path.lastIndexOf('/')) : path;
        PathItem list = openAPI.getPaths().getPathItem(collection);
        return list != null && list.getGET() != null && list.getGET().getParameters() != null
                && list.getGET().getParameters().stream().anyMatch(p -> "status".equals(p.getName()));
    }

    private static void describeGet(Operation operation, boolean item, boolean renamable, boolean drafts, Map<String, Schema> schemas) {
        operation.addParameter(OASFactory.createParameter().ref("IfNoneMatch"));
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        ok.addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control"));
        ok.addHeader("RateLimit-Policy", OASFactory.createHeader().ref("RateLimit-Policy"));
        ok.addHeader("RateLimit", OASFactory.createHeader().ref("RateLimit"));
        ok.addHeader("X-Request-Id", OASFactory.createHeader().ref("X-Request-Id"));
        jsonFirst(ok);
        boolean page = json(ok).map(s -> schemas.get(Schemas.name(s.getRef()))).filter(Schemas::isPage).isPresent();
        if (page) {
            ok.addHeader("Link", OASFactory.createHeader().ref("Link"));
            describeIfDefault(ok, "One page of the matching items, in the requested order.");
        } else if (item) {
            describeIfDefault(ok, "The item.");
        }
        responses.addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
        responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
        if (renamable) {
            responses.addAPIResponse("301", OASFactory.createAPIResponse().ref("Moved"));
        }
        if (item && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound"));
        }
        responses.addAPIResponse("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
        boolean secured = operation.getSecurity() != null;
        if (!secured) {
            for (String keys : List.of("Surrogate-Key", "Cache-Tag", "xkey")) {
                ok.addHeader(keys, OASFactory.createHeader().ref(keys));
            }
        }
        if (!secured) {
            // Reading published content needs no credentials; where drafts exist, an editor's token also shows them.
            operation.setSecurity(new ArrayList<>());
            if (drafts) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement())
                        .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
            }
        }
        if (drafts || secured) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
            if (!item || secured) {
                responses.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
            }
        }
        responses.addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("InternalError"));
        responses.addAPIResponse("503", OASFactory.createAPIResponse().ref("ServiceUnavailable"));
    }

    private static void describeWrite(Operation operation, PathItem.HttpMethod method, Operation read) {
        describeSlug(operation, read);
        APIResponses responses = operation.getResponses();
        responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("InvalidContent"));
        responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
        responses.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
        if (method != PathItem.HttpMethod.POST) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("NoSuchItem"));
            responses.addAPIResponse("412", OASFactory.createAPIResponse().ref("StaleETag"));
            responses.addAPIResponse("428", OASFactory.createAPIResponse().ref("IfMatchRequired"));
            operation.getParameters().stream().filter(p -> p.getName().equals("If-Match")).forEach(p -> p.required(true)
                    .description("The ETag of a GET of the item (or of the last write's answer): the write happens only if the item "
                            + "is unchanged since.")
                    .example("\"omrkiWLWANK6h9CrHACgP9e1\""));
        }
        if (method != PathItem.HttpMethod.DELETE) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse().ref("SlugTaken"));
            responses.addAPIResponse("413", OASFactory.createAPIResponse().ref("TooLarge"));
            responses.addAPIResponse("415", OASFactory.createAPIResponse().ref("UnsupportedMediaType"));
            APIResponse ok = responses.getAPIResponse(method == PathItem.HttpMethod.POST ? "201" : "200");
            ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
            if (method == PathItem.HttpMethod.POST) {
                ok.addHeader("Location", OASFactory.createHeader().ref("Location"));
            }
        }
        responses.addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("InternalError"));
        responses.addAPIResponse("503", OASFactory.createAPIResponse().ref("ServiceUnavailable"));
    }

    /** A write outside the resources' items (webhooks, previews): a JSON body, an id in the path, no ETags. */
    private static void describeOwnWrite(Operation operation, PathItem.HttpMethod method, boolean byId) {
        APIResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("InvalidContent"));
            responses.addAPIResponse("413", OASFactory.createAPIResponse().ref("TooLarge"));
            responses.addAPIResponse("415", OASFactory.createAPIResponse().ref("UnsupportedMediaType"));
        }
        responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
        responses.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
        if (byId) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("NoSuchId"));
        }
        if (method == PathItem.HttpMethod.POST && responses.hasAPIResponse("201")) {
            responses.getAPIResponse("201").addHeader("Location", OASFactory.createHeader().ref("Location"));
        }
        responses.addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("InternalError"));
        responses.addAPIResponse("503", OASFactory.createAPIResponse().ref("ServiceUnavailable"));
    }

    /**
     * Client generators type an operation by its first media type: JSON is the main one, others are alternatives. A
     * {@code qs} (the server's preference among them, when a client accepts any) is no part of the media type.
     */
    private static void jsonFirst(APIResponse response) {
        Content content = response.getContent();
        String json = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
        if (content == null || !content.hasMediaType(json) || content.getMediaTypes().size() < 2) {
            return;
        }
        Content ordered = OASFactory.createContent().addMediaType(json, content.getMediaType(json));
        content.getMediaTypes().forEach((name, type) -> {
            if (!name.equals(json)) {
                ordered.addMediaType(name.replaceFirst(";\\s*qs=[0-9.]+", ""), type);
            }
        });
        response.setContent(ordered);
    }

    /** The item a write addresses is the one its GET reads: the same slug, described once. */
    private static void describeSlug(Operation write, Operation read) {
        if (write.getParameters() == null || read == null || read.getParameters() == null) {
            return;
        }
        read.getParameters().stream().filter(p -> "slug".equals(p.getName())).findFirst().ifPresent(slug ->
                write.getParameters().stream().filter(p -> "slug".equals(p.getName()) && p.getDescription() == null)
                        .forEach(p -> p.description(slug.getDescription()).example(slug.getExample()).schema(slug.getSchema())));
    }

    private static void describeIfDefault(APIResponse response, String description) {
        if ("OK".equals(response.getDescription())) {
            response.setDescription(description);
        }
    }

    private static Optional<Schema> json(APIResponse response) {
        return Optional.ofNullable(response.getContent())
                .map(content -> content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON))
                .map(MediaType::getSchema)
                .filter(schema -> schema.getRef() != null);
    }
}
