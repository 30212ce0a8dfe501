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

/** Who may see and change what: editors and admins see drafts and write; everyone else reads what is published. */
@ApplicationScoped
public class Editors {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    /** Whether the caller's token carries the editor or admin role; a bad token is a 401. */
    public boolean present() {
        return !identity.isAnonymous() && (identity.hasRole(EDITOR) || identity.hasRole(ADMIN));
    }

    /** Lets anyone list published items, and only editors anything else. */
    public void mayList(ListedStatus status) {
        if (status != ListedStatus.PUBLISHED) {
            require();
        }
    }

    /** Whether the caller may see the item: everyone once it is published and its time has come, editors always. */
    public boolean maySee(Content item, Instant now) {
        return item.isVisibleAt(now) || present();
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
