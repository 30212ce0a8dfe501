package org.cep.content.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A resource's sortable fields, as the API names them and as JPQL orders by them and walks after a cursor. */
public final class Sort {

    /** The order by how well items match {@code q}, best first; ties in the collection's default order, then by slug. */
    public static final String RELEVANCE = "relevance";
    /** Stands in a column for the rank of {@code q}'s matches, which the query's {@link Where} knows. */
    static final String RANK = "{rank}";

    private final String field;
    private final boolean descending;
    /** JPQL expressions with {@code {a}} for the alias, each taking the field's direction. */
    private final List<String> columns;
    /** The direction of each column: the field's, but for relevance, whose tie-breaking columns keep their own. */
    private final List<Boolean> directions;
    private final boolean nullable;

    private Sort(String field, boolean descending, List<String> columns, List<Boolean> directions, boolean nullable) {
        this.field = field;
        this.descending = descending;
        this.columns = columns;
        this.directions = directions;
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

    /** Whether a cursor can walk this order; a rank is no key to continue after. */
    public boolean walkable() {
        return !field.equals(RELEVANCE);
    }

    /** The JPQL {@code order by} list, always ending on the id so that pages never overlap. */
    String orderBy(String alias) {
        // Unknown values come last either way, on H2 as on PostgreSQL.
        List<String> ordered = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ordered.add(on(columns.get(i), alias) + (directions.get(i) ? " desc nulls last" : " asc nulls last"));
        }
        return String.join(", ", ordered) + ", " + alias + ".id " + (descending ? "desc" : "asc");
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
        private boolean ranked;

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

        /** Offers {@code sort=relevance}, for a collection that {@code q} searches in full text. */
        public Fields ranked() {
            ranked = true;
            return this;
        }

        public boolean isRanked() {
            return ranked;
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
            return "Default: `" + defaultValue + "`" + defaultMeaning + "." + (ranked ? " With `q`, the default is `relevance`: "
                    + "best matches first, a word in the title or name counting above one in the summary, which counts above "
                    + "one in the body; ties in the default order, then by slug. `relevance` needs `q`, and a cursor cannot "
                    + "walk it: page with `page` (`after` is a 400)." : "");
        }

        /** Every accepted value of {@code sort}: each field, ascending and descending. */
        public List<String> accepted() {
            Stream<String> fields = expressions.keySet().stream().flatMap(f -> Stream.of(f, "-" + f));
            return (ranked ? Stream.concat(fields, Stream.of(RELEVANCE)) : fields).toList();
        }

        Sort parse(String value) {
            if (ranked && value.equals(RELEVANCE)) {
                Sort ties = parse(defaultValue);
                List<String> columns = new ArrayList<>(List.of(RANK));
                columns.addAll(ties.columns);
                columns.add("{a}.slug");
                List<Boolean> directions = new ArrayList<>(List.of(true));
                directions.addAll(ties.directions);
                directions.add(false);
                return new Sort(RELEVANCE, false, columns, directions, false);
            }
            boolean descending = value.startsWith("-");
            String field = descending ? value.substring(1) : value;
            String expression = expressions.get(field);
            if (expression == null) {
                return null;
            }
            List<String> columns = Arrays.stream(expression.split(",")).map(String::strip).toList();
            return new Sort(field, descending, columns, Collections.nCopies(columns.size(), descending), nullable.contains(field));
        }
    }
}
