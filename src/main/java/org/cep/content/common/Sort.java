package org.cep.content.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A resource's sortable fields, as the API names them and as JPQL orders by them. */
public final class Sort {

    private final String field;
    private final boolean descending;
    private final String orderBy;

    private Sort(String field, boolean descending, String orderBy) {
        this.field = field;
        this.descending = descending;
        this.orderBy = orderBy;
    }

    public String field() {
        return field;
    }

    public boolean descending() {
        return descending;
    }

    /** The JPQL {@code order by} list, always ending on the id so that pages never overlap. */
    String orderBy(String alias) {
        return orderBy.replace("{a}", alias) + ", " + alias + ".id " + (descending ? "desc" : "asc");
    }

    /** The sortable fields of one resource and its default order. */
    public static final class Fields {
        private final Map<String, String> expressions = new LinkedHashMap<>();
        private final String defaultValue;

        /**
         * @param defaultValue the default, in API form ({@code -startsAt})
         * @param fieldsAndExpressions pairs of API field and JPQL expression with {@code {a}} for the alias;
         *                             an expression may list several columns, and takes the field's direction
         */
        public Fields(String defaultValue, String... fieldsAndExpressions) {
            for (int i = 0; i < fieldsAndExpressions.length; i += 2) {
                expressions.put(fieldsAndExpressions[i], fieldsAndExpressions[i + 1]);
            }
            this.defaultValue = defaultValue;
        }

        public String defaultValue() {
            return defaultValue;
        }

        /** Every accepted value of {@code sort}: each field, ascending and descending. */
        public List<String> accepted() {
            return expressions.keySet().stream().flatMap(f -> Stream.of(f, "-" + f)).toList();
        }

        Sort parse(String value) {
            boolean descending = value.startsWith("-");
            String field = descending ? value.substring(1) : value;
            String expression = expressions.get(field);
            if (expression == null) {
                return null;
            }
            String direction = descending ? " desc nulls last" : " asc nulls last";
            String orderBy = String.join(", ", Arrays.stream(expression.split(","))
                    .map(String::strip).map(column -> column + direction).toList());
            return new Sort(field, descending, orderBy);
        }
    }
}
