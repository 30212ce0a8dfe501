package org.cep.content.common.problems;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database cannot be reached" (503) rather than a failure of this service (500). */
class DatabaseFailuresTest {

    @Test
    void a_driver_failure_while_the_pool_opens_a_connection_means_the_database_is_unreachable() {
        SQLException opening = new SQLException("Something unusual has occurred to cause the driver to fail.", "XX000",
                new RuntimeException("Interrupted while attempting to connect."));
        opening.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("org.postgresql.Driver", "connect", "Driver.java", 321),
                new StackTraceElement("io.agroal.pool.ConnectionFactory", "createConnection", "ConnectionFactory.java", 225)});
        assertTrue(DatabaseFailures.unreachable(new RuntimeException("Unable to acquire JDBC Connection", opening)));
    }

    @Test
    void a_statement_the_database_refuses_is_not_an_outage() {
        assertFalse(DatabaseFailures.unreachable(new SQLException("duplicate key value violates unique constraint", "23505")));
    }
}
