package org.cep.content.previews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cep.content.access.Editors;
import org.cep.content.access.PreviewGrant;
import org.cep.content.common.RandomBytes;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.items.ItemType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Makes, revokes and checks preview tokens. A token is 32 random bytes behind the prefix {@value #PREFIX}; only its
 * SHA-256 is stored, which is enough for a secret of that size and lets a lookup be one indexed query.
 */
@ApplicationScoped
class Previews {

    static final String PREFIX = "cep_preview_";
    static final Duration DEFAULT = Duration.ofHours(1);
    static final Duration MAX = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Editors editors;

    @Inject
    Instance<ItemType<?, ?, ?>> types;

    @Transactional
    PreviewView create(PreviewInput input) {
        List<InvalidParam> errors = new ArrayList<>();
        boolean all = input != null && Boolean.TRUE.equals(input.all());
        String item = input == null ? null : input.item();
        if (all == (item != null)) {
            errors.add(InvalidParam.body(item == null ? "item" : "all", "give either item (collection/slug) or all: true"));
        } else if (item != null) {
            checkItem(item).ifPresent(reason -> errors.add(InvalidParam.body("item", reason)));
        }
        long seconds = input == null || input.expiresIn() == null ? DEFAULT.toSeconds() : input.expiresIn();
        if (seconds < 1 || seconds > MAX.toSeconds()) {
            errors.add(InvalidParam.body("expiresIn", "must be from 1 to " + MAX.toSeconds() + " seconds (7 days), was " + seconds));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidContent(errors);
        }
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(RandomBytes.of(32));
        PreviewToken stored = new PreviewToken();
        stored.tokenHash = hash(token);
        stored.item = item;
        stored.createdBy = editors.subject();
        stored.createdAt = clock.instant();
        stored.expiresAt = stored.createdAt.plusSeconds(seconds);
        em.persist(stored);
        return new PreviewView(stored.id, token, item, all, stored.createdAt, stored.expiresAt);
    }

    @Transactional
    void revoke(String id) {
        PreviewToken token = number(id).map(n -> em.find(PreviewToken.class, n))
                .orElseThrow(() -> ProblemException.absent("preview token", id));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
        }
    }

    /** What the token grants now, if it is one that is neither expired nor revoked. */
    @Transactional
    Optional<PreviewGrant> grant(String token) {
        Instant now = clock.instant();
        return em.createQuery("from PreviewToken t where t.tokenHash = :hash", PreviewToken.class)
                .setParameter("hash", hash(token)).getResultStream().findFirst()
                .filter(t -> t.revokedAt == null && now.isBefore(t.expiresAt))
                .map(t -> new PreviewGrant(t.item));
    }

    /** Why the item cannot be previewed, or nothing: it must be {@code collection/slug} of an existing item with drafts. */
    private Optional<String> checkItem(String item) {
        int slash = item.indexOf('/');
        String collection = slash < 0 ? item : item.substring(0, slash);
        List<String> accepted = new ArrayList<>();
        for (ItemType<?, ?, ?> type : types) {
            if (!type.publishable()) {
                continue;
            }
            accepted.add(type.collection());
            if (slash > 0 && type.collection().equals(collection)) {
                String slug = item.substring(slash + 1);
                Long found = em.createQuery("select count(x) from " + type.entity().getSimpleName() + " x where x.slug = :slug", Long.class)
                        .setParameter("slug", slug).getSingleResult();
                return found > 0 ? Optional.empty() : Optional.of("there is no " + type.singular() + " '" + slug + "'");
            }
        }
        return Optional.of("must be {collection}/{slug}, the collection one of " + String.join(", ", accepted.stream().sorted().toList()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Long> number(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
