package org.cep.content.cdn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cep.content.items.ItemType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one answer shows, as surrogate keys: every item it read ({@code event:1234}, named by {@link ItemKeys} as
 * entities load) and every collection it lists or counts ({@code events}). The caching filter sends them as the
 * answer's {@code Surrogate-Key} (Fastly), {@code Cache-Tag} (Cloudflare) and {@code xkey} (Varnish) headers.
 */
@RequestScoped
public class SurrogateKeys {

    /**
     * The most characters of keys one header carries, well under what caches take (Varnish: 8 KiB a header line;
     * Fastly and Cloudflare: 16 KiB). A longer answer names whole collections instead of their items, which every
     * change in them purges as well.
     */
    static final int MAX_LENGTH = 4000;

    @Inject
    ItemKeys items;

    private final Set<String> keys = new TreeSet<>();

    /** An entity the answer read: if it is an item, the answer shows it, or embeds it, or may once it is published. */
    public void loaded(Object entity) {
        items.of(entity).ifPresent(keys::add);
    }

    /** An item the answer shows, read without loading its entity. */
    public void item(ItemType<?, ?, ?> type, Object id) {
        keys.add(items.of(type, id));
    }

    /** A collection the answer lists or counts, without being the path of its list: any change in it purges the answer. */
    public void listed(ItemType<?, ?, ?> type) {
        keys.add(type.collection());
    }

    /** The three headers that name the keys of the answer to {@code path}, or none when it showed nothing that changes. */
    public Map<String, String> headers(String path) {
        Set<String> named = bounded(collections(path));
        if (named.isEmpty()) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Surrogate-Key", String.join(" ", named));
        headers.put("Cache-Tag", String.join(",", named));
        headers.put("xkey", String.join(" ", named));
        return headers;
    }

    /**
     * The items read and the collections the answer lists or counts, so that any change in them purges it: a
     * collection's list and feeds ({@code /api/v1/events}, {@code events.ics}) list it, and a resource's answers count
     * the collections its declaration names (a tag's, those of every resource with tags).
     */
    private Set<String> collections(String path) {
        Set<String> shown = new TreeSet<>(keys);
        for (ItemType<?, ?, ?> type : items.types()) {
            if (path.equals(type.path()) || path.startsWith(type.path() + ".")) {
                shown.add(type.collection());
            }
            if (path.startsWith(type.path())) {
                shown.addAll(type.counts());
            }
        }
        return shown;
    }

    /** The keys, with the items of the most numerous kinds replaced by their collection until they fit. */
    Set<String> bounded(Set<String> keys) {
        Set<String> named = new TreeSet<>(keys);
        while (String.join(" ", named).length() > MAX_LENGTH) {
            Map<String, Long> perKind = named.stream().filter(key -> key.contains(":"))
                    .collect(Collectors.groupingBy(key -> key.substring(0, key.indexOf(':')), Collectors.counting()));
            if (perKind.isEmpty()) {
                break;
            }
            String kind = perKind.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            named.removeIf(key -> key.startsWith(kind + ":"));
            named.add(items.collectionOfKind(kind));
        }
        return named;
    }
}
