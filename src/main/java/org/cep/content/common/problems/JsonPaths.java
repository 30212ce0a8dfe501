package org.cep.content.common.problems;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;

/** Names the field of a JSON body that could not be read, as {@code location.country} or {@code speakers[1]}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type == OffsetDateTime.class || type == java.time.Instant.class) {
            return "a date-time with its offset, such as 2025-01-31T09:00:00+01:00";
        }
        if (type == LocalDate.class) {
            return "a date, YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or time";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }
}
