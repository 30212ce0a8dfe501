package db.migration;

import org.cep.content.search.Folding;
import org.cep.content.search.Searchable;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Full-text search: each searchable table gets its folded words by weight (title, summary, body), filled here with
 * the same {@link Folding} the entities write with, in place of the single search_text; on PostgreSQL also a stored
 * weighted tsvector of them with a GIN index.
 */
public class V15__Index_search extends BaseJavaMigration {

    /** Each table with the columns that make its title, summary and body, as the entities join them. */
    private static final List<Table> TABLES = List.of(
            new Table("person", "given_name, family_name", "role, organisation", "bio_markdown"),
            new Table("project", "title, acronym", "summary", "body_markdown"),
            new Table("expert_group", "name", "", "description_markdown"),
            new Table("event", "title", "summary", "body_markdown"),
            new Table("news", "title", "summary", "body_markdown"),
            new Table("media", "alt", "caption", "credit, file_name, slug"));

    private record Table(String name, String title, String summary, String body) {
        List<String[]> parts() {
            return List.of(columns(title), columns(summary), columns(body));
        }

        private static String[] columns(String list) {
            return list.isEmpty() ? new String[0] : list.split(", ");
        }
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (Table table : TABLES) {
                for (String column : List.of("search_title", "search_summary", "search_body")) {
                    statement.execute("alter table " + table.name() + " add column " + column + " text default '' not null");
                }
                fill(connection, table);
                statement.execute("alter table " + table.name() + " drop column search_text");
                if (postgres) {
                    statement.execute("alter table " + table.name() + " add column search_vector tsvector generated always as ("
                            + "setweight(to_tsvector('simple', search_title), 'A') || "
                            + "setweight(to_tsvector('simple', search_summary), 'B') || "
                            + "setweight(to_tsvector('simple', search_body), 'C')) stored");
                    statement.execute("create index " + table.name() + "_search_idx on " + table.name() + " using gin (search_vector)");
                }
            }
        }
    }

    private static void fill(Connection connection, Table table) throws SQLException {
        List<String> columns = table.parts().stream().flatMap(Arrays::stream).toList();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, " + String.join(", ", columns) + " from " + table.name());
             PreparedStatement write = connection.prepareStatement("update " + table.name()
                     + " set search_title = ?, search_summary = ?, search_body = ? where id = ?")) {
            while (rows.next()) {
                int column = 2;
                for (int part = 0; part < 3; part++) {
                    String[] texts = new String[table.parts().get(part).length];
                    for (int i = 0; i < texts.length; i++) {
                        texts[i] = rows.getString(column++);
                    }
                    write.setString(part + 1, Folding.words(Searchable.join(texts)));
                }
                write.setLong(4, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
