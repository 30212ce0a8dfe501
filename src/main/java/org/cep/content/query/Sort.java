package org.cep.content.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A resource's sortable fields, as the API names them and as JPQL orders by them and walks after a cursor. */
public final class Sort {

    private final String field;
    private final boolean descending;
    /** JPQL expressions with {@code {a}} for the alias, each taking the field's direction. */
    private final List<String> columns;
    private final boolean nullable;

    private Sort(String field, boolean descending, List<String> columns, boolean nullable) {
        this.field = field;
        this.descending = descending;
        this.columns = columns;
        this.nullable = nullable;
    }

    public String field() {
        return field;
    }

    public boolean descending() {
        return descending;
    }

    /** As the API writes it: {@code title} or {@code -title}. */
    String value() {
        return (descending ? "-" : "") + field;
    }

    int keyCount() {
        return columns.size();
    }

    /** The JPQL {@code order by} list, always ending on the id so that pages never overlap. */
    String orderBy(String alias) {
        // Unknown values come last either way, on H2 as on PostgreSQL.
        String direction = descending ? " desc nulls last" : " asc nulls last";
        return columns.stream().map(column -> on(column, alias) + direction).collect(Collectors.joining(", "))
                + ", " + alias + ".id " + (descending ? "desc" : "asc");
    }

    /** The sort keys to select, the id last: what a cursor after an item holds. */
    String keys(String alias) {
        return columns.stream().map(column -> on(column, alias) + ", ").collect(Collectors.joining()) + alias + ".id";
    }

    /** Keeps only the items that come after the cursor's position in this order. */
    void after(Where where, Cursor cursor) {
        List<Object> namesAndValues = new ArrayList<>(List.of("afterId", cursor.id()));
        String after = "{a}.id " + (descending ? "<" : ">") + " :afterId";
        for (int i = columns.size() - 1; i >= 0; i--) {
            String column = columns.get(i);
            if (cursor.keys().get(i) == null) {
                after = column + " is null and (" + after + ")";
                continue;
            }
            namesAndValues.addAll(List.of("after" + i, cursor.keys().get(i)));
            after = column + (descending ? " < " : " > ") + ":after" + i + " or (" + column + " = :after" + i + " and (" + after + "))"
                    + (nullable ? " or " + column + " is null" : "");
        }
        if (cursor.keys().get(0) != null && !nullable) {
            // A bound of the first column alone, which an index range scan can start from.
            after = columns.get(0) + (descending ? " <= " : " >= ") + ":after0 and (" + after + ")";
        }
        where.and(after, namesAndValues.toArray());
    }

    private static String on(String column, String alias) {
        return column.replace("{a}", alias);
    }

    /** The sortable fields of one resource and its default order. */
    public static final class Fields {
        private final Map<String, String> expressions = new LinkedHashMap<>();
        private final Set<String> nullable = new HashSet<>();
        private final String defaultValue;
        private String defaultMeaning = "";

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

        /** Marks fields whose value may be unknown (null), which a cursor must then walk past too. */
        public Fields nullable(String... fields) {
            nullable.addAll(List.of(fields));
            return this;
        }

        /** What the default order means, in words: {@code soonest first}. */
        public Fields byDefault(String meaning) {
            defaultMeaning = ", " + meaning;
            return this;
        }

        public String defaultValue() {
            return defaultValue;
        }

        /** The default, for the contract: {@code Default: `startsAt`, soonest first.} */
        public String describeDefault() {
            return "Default: `" + defaultValue + "`" + defaultMeaning + ".";
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
            List<String> columns = Arrays.stream(expression.split(",")).map(String::strip).toList();
            return new Sort(field, descending, columns, nullable.contains(field));
        }
    }
}
