package org.cep.content.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.QueryTimeoutException;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.problems.ProblemException;

import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps what one search may cost bounded: at most {@code content.search.concurrency} run at once on an instance,
 * each in its own read-only transaction whose statements the database stops after
 * {@code content.search.statement-timeout}. A search that cannot start soon, or is stopped, answers 503 with
 * Retry-After, and its connection goes back to the pool.
 */
@Singleton
public class SearchBounds {

    /** PostgreSQL's and H2's SQLSTATE for a statement cancelled by its time-out. */
    private static final String CANCELLED = "57014";

    @Inject
    ContentConfig config;

    @Inject
    EntityManager em;

    Semaphore permits;

    @PostConstruct
    void start() {
        permits = new Semaphore(config.search().concurrency());
    }

    /** Runs the reading (and making the views of) a search within the bounds; anything else as it is. */
    public <T> T within(SearchTerms search, Supplier<T> reading) {
        if (search.isEmpty()) {
            return reading.get();
        }
        ContentConfig.Search bounds = config.search();
        if (!acquire()) {
            throw ProblemException.searchBusy("As many searches as this instance runs at once are running.", bounds.retryAfter());
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                SearchSql.bounded(bounds.statementTimeout()).forEach(statement -> em.createNativeQuery(statement).executeUpdate());
                try {
                    return reading.get();
                } finally {
                    SearchSql.unbounded().forEach(statement -> em.createNativeQuery(statement).executeUpdate());
                }
            });
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                throw ProblemException.searchBusy("The search took longer than this instance allows one.", bounds.retryAfter());
            }
            throw e;
        } finally {
            permits.release();
        }
    }

    private boolean acquire() {
        try {
            return permits.tryAcquire(config.search().queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryTimeoutException || cause instanceof org.hibernate.QueryTimeoutException
                    || (cause instanceof SQLException sql && CANCELLED.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
