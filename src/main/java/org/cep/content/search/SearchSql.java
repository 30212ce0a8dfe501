package org.cep.content.search;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Every database-specific part of search, as JPQL over an item's folded columns ({@code {a}} for its alias).
 * PostgreSQL matches the stored weighted {@code search_vector} (GIN-indexed, see V15__Index_search) with
 * {@code websearch_to_tsquery} and ranks with {@code ts_rank_cd}, through the two functions this class registers,
 * as JPQL knows neither the column nor {@code @@}. H2 matches each term with {@code like} over the folded words and
 * ranks with the same weights: a hit in the title counts 1, in the summary 0.4, in the body 0.2 (PostgreSQL's
 * default weights of A, B and C), each term once per part.
 */
@PersistenceUnitExtension
public class SearchSql implements FunctionContributor {

    private static final String TEXT = "concat(' ', {a}.searchTitle, ' ', {a}.searchSummary, ' ', {a}.searchBody, ' ')";
    private static final String[][] WEIGHTS = {{"searchTitle", "1.0"}, {"searchSummary", "0.4"}, {"searchBody", "0.2"}};

    /** A JPQL fragment and its parameters, as name and value pairs. */
    public record Clause(String jpql, Object... namesAndValues) {
    }

    /** The items in which every included term occurs and no excluded one does. */
    public static Clause matching(SearchTerms terms) {
        if (postgres()) {
            return new Clause("search_match({a}.searchTitle, :search) = true", "search", terms.websearch());
        }
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < terms.terms().size(); i++) {
            SearchTerms.Term term = terms.terms().get(i);
            clauses.add(TEXT + (term.excluded() ? " not like :search" : " like :search") + i);
            parameters.addAll(List.of("search" + i, "% " + term.phrase() + " %"));
        }
        return new Clause(String.join(" and ", clauses), parameters.toArray());
    }

    /** How well an item matching the terms matches them, higher first; it uses only the parameters of {@link #matching}. */
    public static String rank(SearchTerms terms) {
        if (postgres()) {
            return "search_rank({a}.searchTitle, :search)";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms.terms().size(); i++) {
            if (terms.terms().get(i).excluded()) {
                continue;
            }
            for (String[] weight : WEIGHTS) {
                parts.add("case when concat(' ', {a}." + weight[0] + ", ' ') like :search" + i + " then " + weight[1] + " else 0.0 end");
            }
        }
        return parts.isEmpty() ? "0.0" : "(" + String.join(" + ", parts) + ")";
    }

    /** The JPQL of the year of an item's {@link SearchYear} field ({@code {a}} for its alias), a moment's in the site's time zone. */
    static String yearOf(Field field) {
        String path = "{a}." + field.getName();
        if (field.getType() == Instant.class) {
            return "search_year(" + path + ")";
        }
        return field.getType() == LocalDate.class ? "extract(year from " + path + ")" : path;
    }

    /**
     * The statements that open a search's transaction: read-only, its statements stopped after {@code timeout}.
     * PostgreSQL forgets them with the transaction; H2's time-out holds for the session, so {@link #unbounded} resets it.
     */
    static List<String> bounded(Duration timeout) {
        return postgres()
                ? List.of("set transaction read only", "set local statement_timeout = " + Math.max(1, timeout.toMillis()))
                : List.of("set query_timeout " + Math.max(1, timeout.toMillis()));
    }

    static List<String> unbounded() {
        return postgres() ? List.of() : List.of("set query_timeout 0");
    }

    private static boolean postgres() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("").startsWith("postgres");
    }

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        // Registered whatever the database (Quarkus contributes before the dialect is known); only PostgreSQL's JPQL names them.
        var types = functions.getTypeConfiguration().getBasicTypeRegistry();
        functions.getFunctionRegistry().register("search_match", new VectorFunction("search_match", "%s.search_vector @@ ", "",
                types.resolve(StandardBasicTypes.BOOLEAN)));
        functions.getFunctionRegistry().register("search_year", new YearFunction(types.resolve(StandardBasicTypes.INTEGER)));
        functions.getFunctionRegistry().register("search_rank", new VectorFunction("search_rank", "ts_rank_cd(%s.search_vector, ", ")",
                types.resolve(StandardBasicTypes.DOUBLE)));
    }

    /**
     * {@code name(item.searchTitle, query)}: the stored vector of the row whose folded title is the first argument,
     * against the query. Hibernate maps no tsvector, so the column is named by the table alias of that argument.
     */
    private static final class VectorFunction extends AbstractSqmSelfRenderingFunctionDescriptor {
        private final String before;
        private final String after;

        VectorFunction(String name, String before, String after, BasicType<?> type) {
            super(name, StandardArgumentsValidators.exactly(2), StandardFunctionReturnTypeResolvers.invariant(type), null);
            this.before = before;
            this.after = after;
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                           SqlAstTranslator<?> translator) {
            String alias = ((Expression) arguments.get(0)).getColumnReference().getQualifier();
            sql.appendSql(before.formatted(alias) + "websearch_to_tsquery('simple', ");
            arguments.get(1).accept(translator);
            sql.appendSql(")" + after);
        }
    }

    /**
     * {@code search_year(moment)}: the year of the moment in the site's time zone ({@code content.time-zone}). PostgreSQL
     * reads an offset such as {@code +01:00} the POSIX way, west of Greenwich, so it gets an offset as an interval.
     */
    private static final class YearFunction extends AbstractSqmSelfRenderingFunctionDescriptor {

        YearFunction(BasicType<?> type) {
            super("search_year", StandardArgumentsValidators.exactly(1), StandardFunctionReturnTypeResolvers.invariant(type), null);
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                           SqlAstTranslator<?> translator) {
            ZoneId zone = ConfigProvider.getConfig().getValue("content.time-zone", ZoneId.class);
            String at = zone instanceof ZoneOffset offset && postgres()
                    ? "interval '" + offset.getTotalSeconds() + " seconds'" : "'" + zone.getId() + "'";
            sql.appendSql("cast(extract(year from (");
            arguments.get(0).accept(translator);
            sql.appendSql(" at time zone " + at + ")) as integer)");
        }
    }
}
