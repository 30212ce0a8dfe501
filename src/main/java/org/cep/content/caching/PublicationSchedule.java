package org.cep.content.caching;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.cep.content.items.ItemType;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When the next published item with a future {@code publishedAt} becomes visible to everyone, read in one statement
 * over the table of every resource whose items carry a publication status.
 */
@ApplicationScoped
class PublicationSchedule {

    private static final Logger LOG = Logger.getLogger(PublicationSchedule.class);

    @Inject
    DataSource dataSource;

    @Inject
    SessionFactory sessions;

    @Inject
    @Any
    Instance<ItemType<?, ?, ?>> types;

    private List<String> tables;
    private String next;

    @PostConstruct
    void prepare() {
        MappingMetamodel mapping = sessions.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        tables = types.stream().filter(ItemType::publishable)
                .map(type -> ((AbstractEntityPersister) mapping.getEntityDescriptor(type.entity())).getTableName()).sorted().toList();
        next = "select min(published_at) from (" + tables.stream().map(table -> "select min(published_at) as published_at from "
                + table + " where status = 'PUBLISHED' and published_at > ?").collect(Collectors.joining(" union all ")) + ") due";
    }

    /** The earliest publication still to come after {@code now}, {@link Instant#MAX} when none is, null if unknown. */
    Instant nextDue(Instant now) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement due = connection.prepareStatement(next)) {
            for (int i = 1; i <= tables.size(); i++) {
                due.setTimestamp(i, Timestamp.from(now));
            }
            try (ResultSet earliest = due.executeQuery()) {
                Timestamp at = earliest.next() ? earliest.getTimestamp(1) : null;
                return at == null ? Instant.MAX : at.toInstant();
            }
        } catch (SQLException e) {
            LOG.warn("Could not read the publication schedule; answers are not kept until it can be read", e);
            return null;
        }
    }
}
