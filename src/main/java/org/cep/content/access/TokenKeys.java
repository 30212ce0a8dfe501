package org.cep.content.access;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.jboss.logging.Logger;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/**
 * The key bearer tokens are checked with. A deployment without a readable one still serves every read: it accepts no
 * token, says so once at start-up, and answers what needs a token with a 401 that says how to enable writing.
 */
@ApplicationScoped
public class TokenKeys {

    private static final Logger LOG = Logger.getLogger(TokenKeys.class);
    public static final String NO_KEY = "This service accepts no tokens: no key to check them is configured. Set "
            + "MP_JWT_VERIFY_PUBLICKEY_LOCATION (the identity provider's JWKS URL, or a PEM file) and MP_JWT_VERIFY_ISSUER "
            + "to enable writing and reading drafts (on a developer's machine, scripts/token.sh makes a local key pair: "
            + "run it once, then restart).";

    private volatile boolean accepted = true;

    /** The library's own key set, or, when it cannot be read, one that no token verifies against. */
    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(JWTAuthContextInfoProvider configured) {
        try {
            return configured.getContextInfo();
        } catch (DeploymentException e) {
            accepted = false;
            LOG.warnf("%s (%s) Reads are served as usual; writes and drafts answer 401.", NO_KEY, e.getMessage());
            return new JWTAuthContextInfo(unusableKey(), "no-issuer-configured");
        }
    }

    /** Reads the key at start-up, so that a deployment without one says so before the first request. */
    void check(@Observes StartupEvent start, JWTAuthContextInfo keys) {
        keys.getIssuedBy();
    }

    /** Whether a token signed with the configured key is accepted at all. */
    public boolean accepted() {
        return accepted;
    }

    /** A fresh key whose private half is thrown away. EC rather than RSA: an RSA pair took half a second of the start-up. */
    private static java.security.PublicKey unusableKey() {
        try {
            return KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
