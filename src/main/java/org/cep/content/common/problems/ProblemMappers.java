package org.cep.content.common.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.annotation.security.RolesAllowed;
import org.cep.content.access.TokenKeys;
import org.cep.content.common.ContentConfig;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The one place where exceptions become RFC 9457 answers; nothing internal ever reaches the body. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER = "Bearer realm=\"cep-content\"";

    @Inject
    ContentConfig config;

    @Inject
    TokenKeys tokens;

    @ServerExceptionMapper
    Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = builder(e.kind, e.getMessage(), e.errors, e.currentETag, uri);
        if (e.currentETag != null) {
            response.header(HttpHeaders.ETAG, e.currentETag);
        }
        if (e.kind == ProblemKind.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER);
        }
        if (e.retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, ProblemException.seconds(e.retryAfter));
        }
        if (e instanceof ProblemException.OutOfRange range) {
            response.header("Content-Range", "bytes */" + range.length);
        }
        return response.build();
    }

    @ServerExceptionMapper
    Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return builder(ProblemKind.UNAUTHORIZED, tokens.accepted() ? "This needs a bearer token: send Authorization: Bearer <token>."
                : TokenKeys.NO_KEY, List.of(), null, uri).header(HttpHeaders.WWW_AUTHENTICATE, BEARER).build();
    }

    @ServerExceptionMapper
    Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return builder(ProblemKind.UNAUTHORIZED, tokens.accepted() ? "The bearer token is invalid or has expired."
                : TokenKeys.NO_KEY, List.of(), null, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER + ", error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo route) {
        RolesAllowed roles = route.getResourceMethod() == null ? null
                : Optional.ofNullable(route.getResourceMethod().getAnnotation(RolesAllowed.class))
                        .orElse(route.getResourceClass().getAnnotation(RolesAllowed.class));
        return respond(ProblemKind.FORBIDDEN, "The token does not carry a role that may do this"
                + (roles == null ? "." : " (" + String.join(" or ", roles.value()) + ")."), List.of(), uri);
    }

    @ServerExceptionMapper
    Response redirect(RedirectionException e) {
        return e.getResponse();
    }

    // Named one by one so that these win over the framework's own, more specific, mappers.
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, UnrecognizedPropertyException.class,
            InvalidFormatException.class})
    Response unreadable(JsonProcessingException e, UriInfo uri) {
        return problem(ProblemException.unreadable(e), uri);
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e, UriInfo uri) {
        return respond(ProblemKind.NOT_FOUND, "No resource answers at " + uri.getPath() + ".", List.of(), uri);
    }

    @ServerExceptionMapper
    Response notAllowed(NotAllowedException e, UriInfo uri, Request request) {
        return respond(ProblemKind.METHOD_NOT_ALLOWED,
                "This resource does not accept " + request.getMethod() + "; it answers GET.", List.of(), uri);
    }

    @ServerExceptionMapper
    Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(ProblemKind.NOT_ACCEPTABLE, "This resource answers with application/json.", List.of(), uri);
    }

    @ServerExceptionMapper
    Response unsupported(NotSupportedException e, UriInfo uri) {
        return respond(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "This resource does not accept that content type.", List.of(), uri);
    }

    @ServerExceptionMapper
    Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // A body that is not JSON at all reaches here wrapped by the JSON reader.
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Problem problem = new Problem(ProblemKind.HTTP_ERROR.type, Response.Status.fromStatusCode(status) == null
                ? ProblemKind.HTTP_ERROR.title : Response.Status.fromStatusCode(status).getReasonPhrase(),
                status, "The request was refused.", uri.getPath(), null, null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.unreachable(e)) {
            // Expected while the database is down: one line, no stack trace, so the log stays readable.
            LOG.warnf("The database cannot be reached answering %s: %s", uri.getPath(), DatabaseFailures.describe(e));
            return problem(new ProblemException(ProblemKind.DATABASE_UNAVAILABLE,
                    "The content database cannot be reached just now; try again later.", List.of(),
                    Duration.ofSeconds(config.outage().retryAfter())), uri);
        }
        LOG.errorf(e, "Unexpected failure answering %s", uri.getPath());
        return respond(ProblemKind.INTERNAL, "The server could not answer this request. It has been logged.", List.of(), uri);
    }

    private static Response respond(ProblemKind kind, String detail, List<InvalidParam> errors, UriInfo uri) {
        return builder(kind, detail, errors, null, uri).build();
    }

    private static Response.ResponseBuilder builder(ProblemKind kind, String detail, List<InvalidParam> errors, String etag,
                                                    UriInfo uri) {
        Problem problem = new Problem(kind.type, kind.title, kind.status, detail, uri.getPath(), errors, etag);
        return Response.status(kind.status).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
