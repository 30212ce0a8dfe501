package org.cep.content.common;

import org.cep.content.common.problems.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;


/**
 * What every operation of the contract shares, declared once: the caching and paging headers, the
 * conditional request, and the problem answers. {@link #filterOpenAPI} attaches them to each operation.
 */
@OpenAPIDefinition(
        info = @Info(title = "CEP content API", version = "1.0.0"),
        components = @Components(
                headers = {
                        @Header(name = "ETag", description = "The version of this answer; send it back in If-None-Match to get 304 when unchanged, or in If-Match to change the item.",
                                schema = @Schema(type = SchemaType.STRING, example = "\"omrkiWLWANK6h9CrHACgP9e1\"")),
                        @Header(name = "Location", description = "The URL of the item just created.",
                                schema = @Schema(type = SchemaType.STRING, example = "/api/v1/events/cep-annual-conference-2026")),
                        @Header(name = "Cache-Control", description = "How long caches may keep the answer.",
                                schema = @Schema(type = SchemaType.STRING, example = "public, max-age=60, stale-while-revalidate=300")),
                        @Header(name = "Link", description = "RFC 8288 links to the first, previous, next and last pages, keeping the query.",
                                schema = @Schema(type = SchemaType.STRING,
                                        example = "<https://api.example.org/api/v1/events?page=2>; rel=\"next\", <https://api.example.org/api/v1/events?page=3>; rel=\"last\""))
                },
                responses = {
                        @APIResponse(name = "Moved", responseCode = "301",
                                description = "The slug is an old one of a renamed item; Location gives its current URL.",
                                headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING,
                                        example = "/api/v1/events/cep-annual-conference-2026"))),
                        @APIResponse(name = "NotModified", responseCode = "304",
                                description = "The answer has not changed since the ETag given in If-None-Match; no body."),
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "A query parameter is unknown, repeated or malformed; `errors` names each one and what is accepted.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "No published item has this slug.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "InvalidContent", responseCode = "400",
                                description = "The body is not JSON, has an unknown property, or a field is missing, malformed or out of range "
                                        + "(an unknown slug in a reference included); `errors` names each field and why. Nothing was stored.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No bearer token, or one that is invalid or expired; WWW-Authenticate says how to authenticate.",
                                headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING, example = "Bearer realm=\"cep-content\"")),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403", description = "The token lacks the editor or admin role.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NoSuchItem", responseCode = "404", description = "No item has this slug.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "SlugTaken", responseCode = "409", description = "Another item of this resource has the slug.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "StaleETag", responseCode = "412",
                                description = "The item changed since the ETag in If-Match; `currentETag` (and the ETag header) give its current one.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooLarge", responseCode = "413", description = "The request body is over the size limit (1 MB by default).",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "IfMatchRequired", responseCode = "428",
                                description = "If-Match is missing: send the ETag of a GET of the item, so no one else's change is overwritten.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "InternalError", responseCode = "500",
                                description = "The server failed; the body says nothing about why, the server log does.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
                }))
public class ApiContract implements OASFilter {

    /** The security scheme of bearer tokens (quarkus.smallrye-openapi.security-scheme-name). */
    private static final String BEARER = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.GET) {
                        describeGet(operation, path.endsWith("}"), listsDrafts(openAPI, path));
                    } else {
                        describeWrite(operation, method);
                    }
                });
            }
        });
    }

    /** Whether the collection of this path takes {@code status}, so that an editor's token shows its drafts. */
    private static boolean listsDrafts(OpenAPI openAPI, String path) {
        String collection = path.endsWith("}") ? path.substring(0, path.lastIndexOf('/')) : path;
        PathItem list = openAPI.getPaths().getPathItem(collection);
        return list != null && list.getGET() != null && list.getGET().getParameters() != null
                && list.getGET().getParameters().stream().anyMatch(p -> "status".equals(p.getName()));
    }

    private static void describeGet(Operation operation, boolean item, boolean drafts) {
        operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description("An ETag from an earlier answer: the server answers 304 with no body if it still holds.")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        APIResponses responses = operation.getResponses();
        var ok = responses.getAPIResponse("200");
        ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        ok.addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control"));
        if (!item) {
            ok.addHeader("Link", OASFactory.createHeader().ref("Link"));
        }
        responses.addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
        responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
        if (item) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound"));
        }
        if (item) {
            responses.addAPIResponse("301", OASFactory.createAPIResponse().ref("Moved"));
        }
        boolean secured = operation.getSecurity() != null;
        if (drafts && !secured) {
            // Anyone may read; an editor's token also shows drafts and scheduled items.
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement())
                    .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
        }
        if (drafts || secured) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
            if (!item) {
                responses.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
            }
        }
        responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("InternalError"));
    }

    private static void describeWrite(Operation operation, PathItem.HttpMethod method) {
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
                            + "is unchanged since."));
        }
        if (method != PathItem.HttpMethod.DELETE) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse().ref("SlugTaken"));
            responses.addAPIResponse("413", OASFactory.createAPIResponse().ref("TooLarge"));
            var ok = responses.getAPIResponse(method == PathItem.HttpMethod.POST ? "201" : "200");
            ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
            if (method == PathItem.HttpMethod.POST) {
                ok.addHeader("Location", OASFactory.createHeader().ref("Location"));
            }
        }
        responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("InternalError"));
    }
}
