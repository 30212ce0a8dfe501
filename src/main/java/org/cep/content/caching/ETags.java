package org.cep.content.caching;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The ETag of an answer: a digest of the exact bytes sent. Writes compute an item's current ETag the
 * same way, from the view a GET would send, so the ETag of a GET is what If-Match must carry.
 */
@ApplicationScoped
public class ETags {

    @Inject
    ObjectMapper mapper;

    /** The JSON bytes of a response entity, exactly as sent. */
    byte[] bytes(Object entity) {
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quoted, strong ETag of a view. */
    public String of(Object view) {
        return of(bytes(view));
    }

    static String of(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** RFC 9110 weak comparison, for If-None-Match: {@code W/"x"} matches {@code "x"}, and {@code *} matches anything. */
    public static boolean matchesWeakly(String header, String etag) {
        return matches(header, etag, true);
    }

    /** RFC 9110 strong comparison, for If-Match: a weak tag never matches; {@code *} matches any existing item. */
    public static boolean matchesStrongly(String header, String etag) {
        return matches(header, etag, false);
    }

    private static boolean matches(String header, String etag, boolean weak) {
        if (header == null) {
            return false;
        }
        return Arrays.stream(header.split(","))
                .map(String::strip)
                .map(tag -> weak && tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
