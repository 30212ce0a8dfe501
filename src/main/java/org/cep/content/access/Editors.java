package org.cep.content.access;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cep.content.items.Content;
import org.cep.content.query.ListedStatus;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Optional;

/** Who may see and change what: editors and admins see drafts and write; everyone else reads what is published. */
@ApplicationScoped
public class Editors {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    /** The role of a preview token's bearer: reads drafts it is granted, writes nothing. */
    public static final String PREVIEW = "preview";

    @Inject
    SecurityIdentity identity;

    /** Whether the caller's token carries the editor or admin role; a bad token is a 401. */
    public boolean present() {
        return !identity.isAnonymous() && (identity.hasRole(EDITOR) || identity.hasRole(ADMIN));
    }

    /** Lets anyone list published items, and only editors and a preview of everything anything else. */
    public void mayList(ListedStatus status) {
        if (status != ListedStatus.PUBLISHED && !preview().map(PreviewGrant::all).orElse(false)) {
            require();
        }
    }

    /**
     * Whether the caller may see the item of the collection: everyone once it is published and its time has come,
     * editors always, and a preview token's bearer the items it grants.
     */
    public boolean maySee(String collection, Content item, Instant now) {
        return item.isVisibleAt(now) || present() || preview().map(grant -> grant.covers(collection, item.slug)).orElse(false);
    }

    /** What the caller's preview token grants, if it sent one. */
    public Optional<PreviewGrant> preview() {
        if (identity.isAnonymous() || !identity.hasRole(PREVIEW)) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(PreviewGrant.ATTRIBUTE));
    }

    void require() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!present()) {
            throw new ForbiddenException();
        }
    }

    /** The token's subject, who the change log says made a change. */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
