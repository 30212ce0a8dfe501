package org.cep.content.query;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads enum constants by the names the API gives them ({@code @JsonProperty}), so JSON and query strings agree. */
public final class ApiEnums {

    private ApiEnums() {
    }

    public static String nameOf(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ApiEnums::nameOf).toList();
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> nameOf(c).equals(value)).findFirst();
    }
}
