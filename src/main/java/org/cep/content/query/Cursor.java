package org.cep.content.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a walk through a collection stands: the sort keys and id of the last item given, the sort and filters it was
 * made for, and how many items came before it. On the wire, base64url of a checksum and a JSON array, so that a
 * cursor altered by hand is refused rather than silently moving the walk.
 *
 * @param sort     the sort in API form ({@code -publishedAt})
 * @param filters  a digest of the filters, see {@link #filtersOf(Object)}
 * @param keys     the last item's sort keys: text, instants, dates, whole numbers or null
 * @param id       the last item's id, which breaks ties between equal keys
 * @param position how many items came up to and including the last one, for the page number
 */
record Cursor(String sort, String filters, List<Object> keys, long id, long position) {

    /** The longest cursor: 1,500 bytes of keys (a 500-character title), escaped, with room to spare. */
    static final int MAX_LENGTH = 4096;
    /** Far past any real walk, and small enough that a page number computed from it stays an int. */
    private static final long MAX_POSITION = (long) PageRequest.MAX_PAGE * PageRequest.MAX_SIZE;
    private static final int CHECKSUM_BYTES = 8;
    private static final Set<String> PAGING = Set.of("page", "size", "after", "sort", "fields");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    /** Each query class's filter fields, looked up once rather than on every request. */
    private static final ClassValue<List<Field>> FILTER_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> queryClass) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> type = queryClass; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(RestQuery.class) && !PAGING.contains(field.getName())) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    String encode() {
        ArrayNode payload = JSON.createArrayNode().add(sort).add(filters);
        ArrayNode keyNodes = payload.addArray();
        keys.forEach(key -> keyNodes.add(tagged(key)));
        payload.add(id).add(position);
        byte[] json = payload.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(checksum(json), CHECKSUM_BYTES + json.length);
        System.arraycopy(json, 0, bytes, CHECKSUM_BYTES, json.length);
        return BASE64.encodeToString(bytes);
    }

    /** The cursor the text stands for; empty when it is not one this API made, or has been altered. */
    static Optional<Cursor> decode(String text) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            byte[] json = Arrays.copyOfRange(bytes, CHECKSUM_BYTES, bytes.length);
            if (!MessageDigest.isEqual(Arrays.copyOf(bytes, CHECKSUM_BYTES), Arrays.copyOf(checksum(json), CHECKSUM_BYTES))) {
                return Optional.empty();
            }
            JsonNode payload = JSON.readTree(json);
            List<Object> keys = new ArrayList<>();
            payload.get(2).forEach(key -> keys.add(untagged(key)));
            Cursor cursor = new Cursor(payload.get(0).textValue(), payload.get(1).textValue(), keys,
                    payload.get(3).longValue(), payload.get(4).longValue());
            boolean whole = cursor.sort() != null && cursor.filters() != null && cursor.position() > 0 && cursor.position() <= MAX_POSITION;
            return whole ? Optional.of(cursor) : Optional.empty();
        } catch (RuntimeException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A digest of a query object's filters: its class and every query parameter but those of paging, order and fields,
     * so that a cursor serves only the collection and filters it was made for, whatever order values repeat in.
     */
    static String filtersOf(Object query) {
        Map<String, Object> filters = new TreeMap<>(Map.of("", query.getClass().getSimpleName()));
        for (Field field : FILTER_FIELDS.get(query.getClass())) {
            filters.put(field.getName(), normalised(read(field, query)));
        }
        try {
            return BASE64.encodeToString(Arrays.copyOf(checksum(JSON.writeValueAsBytes(filters)), 12));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object normalised(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).filter(v -> !v.isBlank()).sorted().distinct().toList();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Object read(Field field, Object query) {
        try {
            return field.get(query);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tagged(Object key) {
        if (key == null) {
            return null;
        }
        if (key instanceof String) {
            return "s" + key;
        } else if (key instanceof Instant) {
            return "t" + key;
        } else if (key instanceof LocalDate) {
            return "d" + key;
        } else if (key instanceof Integer) {
            return "i" + key;
        }
        throw new IllegalArgumentException("no cursor form for a sort key of " + key.getClass());
    }

    private static Object untagged(JsonNode key) {
        if (key.isNull()) {
            return null;
        }
        String value = key.textValue().substring(1);
        return switch (key.textValue().charAt(0)) {
            case 's' -> value;
            case 't' -> Instant.parse(value);
            case 'd' -> LocalDate.parse(value);
            case 'i' -> Integer.valueOf(value);
            default -> throw new IllegalArgumentException("unknown key form");
        };
    }

    private static byte[] checksum(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
