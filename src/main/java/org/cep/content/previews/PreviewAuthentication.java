package org.cep.content.previews;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cep.content.access.Editors;
import org.cep.content.access.PreviewGrant;

import java.util.Set;

/**
 * Takes a bearer token that starts with {@value Previews#PREFIX} as a preview token, before the JWT mechanism sees it:
 * its bearer gets the role {@link Editors#PREVIEW} and the token's {@link PreviewGrant}, and no other role, so every
 * write and the change log stay closed to it. Any other bearer token is left to the JWT mechanism.
 */
@ApplicationScoped
class PreviewAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    /** The token of a preview request, or null when the request carries none. */
    static String token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.startsWith(Previews.PREFIX) ? token : null;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = token(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        return token == null ? Uni.createFrom().optional(java.util.Optional.empty())
                : identities.authenticate(new Request(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"cep-content\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public int getPriority() {
        // Before the JWT mechanism (1000), which would refuse a token that is not a JWT.
        return 2000;
    }

    /** A preview token to check. */
    static final class Request extends BaseAuthenticationRequest {
        final String token;

        Request(String token) {
            this.token = token;
        }
    }

    /** Checks a preview token against the stored ones, off the event loop. */
    @ApplicationScoped
    static class Identities implements IdentityProvider<Request> {

        @Inject
        Previews previews;

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> previews.grant(request.token)
                    .map(grant -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal("preview"))
                            .addRole(Editors.PREVIEW)
                            .addAttribute(PreviewGrant.ATTRIBUTE, grant)
                            .build())
                    .orElseThrow(() -> new AuthenticationFailedException("The preview token is unknown, expired or revoked.")));
        }
    }
}
