package org.cep.content.items;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import org.cep.content.common.problems.InvalidParam;
import org.cep.content.common.problems.ProblemException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The problems found in one write's body, collected so that one answer names every bad field, and the
 * items its references name, looked up by slug.
 */
public final class Checks {

    private final EntityManager em;
    private final List<InvalidParam> errors = new ArrayList<>();

    Checks(EntityManager em, Set<? extends ConstraintViolation<?>> violations) {
        this.em = em;
        violations.stream()
                .map(v -> InvalidParam.body(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
                .sorted(Comparator.comparing(InvalidParam::name).thenComparing(InvalidParam::reason))
                .forEach(errors::add);
    }

    public void reject(String field, String reason) {
        errors.add(InvalidParam.body(field, reason));
    }

    /** The item the slug names, or {@code null} for no slug; an unknown slug, or an item {@link Referable} refuses, is a bad field. */
    public <T> T one(Class<T> type, String field, String slug) {
        T item = anyOne(type, field, slug);
        if (item instanceof Referable r && r.refusal() != null) {
            reject(field, r.refusal());
        }
        return item;
    }

    /** As {@link #one}, for a field that takes every item of the type, even one refused where a picture is asked for. */
    public <T> T anyOne(Class<T> type, String field, String slug) {
        if (slug == null) {
            return null;
        }
        T item = bySlug(type, List.of(slug)).get(slug);
        if (item == null) {
            reject(field, unknown(type, slug));
        }
        return item;
    }

    /**
     * The items the slugs name, in their order; each unknown slug is a bad field ({@code speakers[1]}). A null
     * slug is skipped: the input's {@code @NotNull} has already named it.
     */
    public <T> List<T> all(Class<T> type, String field, List<String> slugs) {
        List<T> found = new ArrayList<>();
        if (slugs == null || slugs.isEmpty()) {
            return found;
        }
        Map<String, T> bySlug = bySlug(type, slugs.stream().filter(Objects::nonNull).toList());
        for (int i = 0; i < slugs.size(); i++) {
            if (slugs.get(i) == null) {
                continue;
            }
            T item = bySlug.get(slugs.get(i));
            if (item == null) {
                reject(field + "[" + i + "]", unknown(type, slugs.get(i)));
            } else if (item instanceof Referable r && r.refusal() != null) {
                reject(field + "[" + i + "]", r.refusal());
            } else {
                found.add(item);
            }
        }
        return found;
    }

    private <T> Map<String, T> bySlug(Class<T> type, Collection<String> slugs) {
        Map<String, T> found = new HashMap<>();
        if (slugs.isEmpty()) {
            return found;
        }
        em.createQuery("select x.slug, x from " + type.getSimpleName() + " x where x.slug in :slugs", Object[].class)
                .setParameter("slugs", slugs).getResultList()
                .forEach(row -> found.put((String) row[0], type.cast(row[1])));
        return found;
    }

    private static String unknown(Class<?> type, String slug) {
        String what = type.getSimpleName().replace("NewsItem", "news item").replaceAll("([a-z])([A-Z])", "$1 $2");
        return "there is no " + what.toLowerCase(Locale.ROOT) + " '" + slug + "'";
    }

    /** The IANA time zone, or {@code null} with the field named as bad. */
    public ZoneId zone(String field, String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            reject(field, "'" + id + "' is not an IANA time zone, such as Europe/Brussels");
            return null;
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidContent(errors);
        }
    }
}
