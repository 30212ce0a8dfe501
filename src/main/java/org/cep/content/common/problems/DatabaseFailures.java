package org.cep.content.common.problems;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;

/** Tells a database that cannot be reached (an answer of 503, worth retrying) from a failure of this service (500). */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof JDBCConnectionException || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (e instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || fromPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: what the driver or pool said, without the layers above it. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** SQLSTATE class 08 is "connection exception" in the SQL standard, which PostgreSQL and H2 follow. */
    private static boolean isConnectionState(String state) {
        return state != null && state.startsWith("08");
    }

    /**
     * The connection pool raises plain SQLExceptions when it cannot hand out a connection in time, and passes on
     * whatever the driver raised opening one, which is not always of class 08 (an attempt cut short by the pool's
     * time-out is "Something unusual has occurred").
     */
    private static boolean fromPool(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.")
                || Arrays.stream(trace).anyMatch(frame -> frame.getClassName().equals("io.agroal.pool.ConnectionFactory"));
    }
}
