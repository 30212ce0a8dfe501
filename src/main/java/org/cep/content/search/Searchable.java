package org.cep.content.search;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an item offers to search, by weight: its title or name ranks above its summary, which ranks above its body.
 * Each part may join several fields; any may be null.
 */
public record Searchable(String title, String summary, String body) {

    /** An item that search looks in. */
    public interface Source {
        Searchable searchable();
    }

    /** Several fields as one part, the absent ones left out; null when all are. */
    public static String join(String... fields) {
        String joined = Arrays.stream(fields).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
