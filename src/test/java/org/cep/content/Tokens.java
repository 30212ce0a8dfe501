package org.cep.content;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test key pair (src/test/resources/test-keys), which the service trusts in tests. */
public final class Tokens {

    private Tokens() {
    }

    public static String editor() {
        return bearer("editor", "test-editor");
    }

    public static String bearer(String role, String subject) {
        return "Bearer " + Jwt.issuer("cep-content-local").subject(subject).upn(subject).groups(role).expiresIn(3600).sign();
    }
}
