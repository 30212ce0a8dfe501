package org.cep.content.caching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** When the next published item with a future {@code publishedAt} becomes visible to everyone. */
@ApplicationScoped
class PublicationSchedule {

    private static final String NEXT = "select min(published_at) from ("
            + String.join(" union all ", java.util.stream.Stream.of("event", "news", "project", "person", "expert_group")
                    .map(table -> "select min(published_at) as published_at from " + table
                            + " where status = 'PUBLISHED' and published_at > ?").toList())
            + ") due";

    @Inject
    DataSource dataSource;

    private static final Logger LOG = Logger.getLogger(PublicationSchedule.class);

    /** The earliest publication still to come after {@code now}, {@link Instant#MAX} when none is, null if unknown. */
    Instant nextDue(Instant now) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement next = connection.prepareStatement(NEXT)) {
            for (int i = 1; i <= 5; i++) {
                next.setTimestamp(i, Timestamp.from(now));
            }
            try (ResultSet due = next.executeQuery()) {
                Timestamp at = due.next() ? due.getTimestamp(1) : null;
                return at == null ? Instant.MAX : at.toInstant();
            }
        } catch (SQLException e) {
            LOG.warn("Could not read the publication schedule; answers are not kept until it can be read", e);
            return null;
        }
    }
}
