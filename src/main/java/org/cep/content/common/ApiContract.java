package org.cep.content.common;

import org.cep.content.common.problems.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
                        @Header(name = "ETag", description = "The version of this answer; send it back in If-None-Match to get 304 when unchanged.",
                                schema = @Schema(type = SchemaType.STRING, example = "\"omrkiWLWANK6h9CrHACgP9e1\"")),
                        @Header(name = "Cache-Control", description = "How long caches may keep the answer.",
                                schema = @Schema(type = SchemaType.STRING, example = "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400")),
                        @Header(name = "Link", description = "RFC 8288 links to the first, previous, next and last pages, keeping the query.",
                                schema = @Schema(type = SchemaType.STRING,
                                        example = "<https://api.example.org/api/v1/events?page=2>; rel=\"next\", <https://api.example.org/api/v1/events?page=3>; rel=\"last\"")),
                        @Header(name = "RateLimit-Policy", description = "The client's quota (draft-ietf-httpapi-ratelimit-headers-10): "
                                + "`q` requests per `w` seconds, per client address; clients sending a bearer token have a quota of their own.",
                                schema = @Schema(type = SchemaType.STRING, example = "\"anonymous\";q=600;w=60")),
                        @Header(name = "RateLimit", description = "What is left of the quota (draft-ietf-httpapi-ratelimit-headers-10): "
                                + "`r` requests in the next `t` seconds.",
                                schema = @Schema(type = SchemaType.STRING, example = "\"anonymous\";r=599;t=1")),
                        @Header(name = "Retry-After", description = "Seconds to wait before trying again.",
                                schema = @Schema(type = SchemaType.INTEGER, example = "30")),
                        @Header(name = "X-Request-Id", description = "The id of this request in the service's logs: "
                                + "the one the client sent, if made of at most 64 letters, digits and `._:-`, else a new one.",
                                schema = @Schema(type = SchemaType.STRING, example = "3f6b7c0e-6a2f-4d0e-9a55-2a9a4f0c1d2e"))
                },
                responses = {
                        @APIResponse(name = "NotModified", responseCode = "304",
                                description = "The answer has not changed since the ETag given in If-None-Match; no body."),
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "A query parameter is unknown, repeated or malformed; `errors` names each one and what is accepted.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "No published item has this slug.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429",
                                description = "The client has used up its quota; `Retry-After` says when to try again.",
                                headers = @Header(name = "Retry-After", ref = "Retry-After"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "InternalError", responseCode = "500",
                                description = "The server failed; the body says nothing about why, the server log does.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "ServiceUnavailable", responseCode = "503",
                                description = "The content database cannot be reached and this answer was not served recently; "
                                        + "`Retry-After` says when to try again. Answers served recently keep being served meanwhile.",
                                headers = @Header(name = "Retry-After", ref = "Retry-After"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
                }))
public class ApiContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.GET) {
                        describeGet(operation, path.endsWith("}"));
                    }
                });
            }
        });
    }

    private static void describeGet(Operation operation, boolean item) {
        operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description("An ETag from an earlier answer: the server answers 304 with no body if it still holds.")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        APIResponses responses = operation.getResponses();
        var ok = responses.getAPIResponse("200");
        ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        ok.addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control"));
        ok.addHeader("RateLimit-Policy", OASFactory.createHeader().ref("RateLimit-Policy"));
        ok.addHeader("RateLimit", OASFactory.createHeader().ref("RateLimit"));
        ok.addHeader("X-Request-Id", OASFactory.createHeader().ref("X-Request-Id"));
        if (!item) {
            ok.addHeader("Link", OASFactory.createHeader().ref("Link"));
        }
        responses.addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
        responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
        if (item) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound"));
        }
        responses.addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("InternalError"));
        responses.addAPIResponse("503", OASFactory.createAPIResponse().ref("ServiceUnavailable"));
    }
}
