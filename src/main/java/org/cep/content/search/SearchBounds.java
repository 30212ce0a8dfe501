package org.cep.content.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.QueryTimeoutException;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.problems.ProblemException;
import org.cep.content.resilience.ClientAddress;

import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps what one search may cost bounded: at most {@code content.search.per-client} run at once for one client
 * address (the one the rate limits count) and {@code content.search.concurrency} on an instance, each in its own
 * read-only transaction whose statements the database stops after {@code content.search.statement-timeout}. A search
 * that cannot start within {@code content.search.queue-wait}, or is stopped, answers 503 with Retry-After, and its
 * connection goes back to the pool.
 */
@Singleton
public class SearchBounds {

    /** PostgreSQL's and H2's SQLSTATE for a statement cancelled by its time-out. */
    private static final String CANCELLED = "57014";

    @Inject
    ContentConfig config;

    @Inject
    EntityManager em;

    /** The request being served, whose client address the search counts against. */
    @Inject
    HttpServerRequest request;

    Semaphore permits;

    ClientSearches clients;

    @PostConstruct
    void start() {
        permits = new Semaphore(config.search().concurrency());
        clients = new ClientSearches(config.search().perClient());
    }

    /** Runs the reading (and making the views of) a search within the bounds; anything else as it is. */
    public <T> T within(SearchTerms search, Supplier<T> reading) {
        if (search.isEmpty()) {
            return reading.get();
        }
        ContentConfig.Search bounds = config.search();
        String client = ClientAddress.of(request);
        long deadline = System.nanoTime() + bounds.queueWait().toNanos();
        if (!waited(nanos -> clients.enter(client, nanos), deadline)) {
            int each = bounds.perClient();
            throw ProblemException.searchBusy("This address already runs " + each + (each == 1 ? " search" : " searches")
                    + " at once, as many as one address may.", bounds.retryAfter());
        }
        try {
            return onInstance(bounds, deadline, reading);
        } finally {
            clients.leave(client);
        }
    }

    private <T> T onInstance(ContentConfig.Search bounds, long deadline, Supplier<T> reading) {
        if (!waited(nanos -> permits.tryAcquire(nanos, TimeUnit.NANOSECONDS), deadline)) {
            throw ProblemException.searchBusy("As many searches as this instance runs at once are running.", bounds.retryAfter());
        }
        try {
            return inTransaction(bounds, reading);
        } finally {
            permits.release();
        }
    }

    private <T> T inTransaction(ContentConfig.Search bounds, Supplier<T> reading) {
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
        }
    }

    /** Waits for a place until the deadline shared by the search's waits; false if none came free or the wait was interrupted. */
    private static boolean waited(Wait wait, long deadline) {
        try {
            return wait.upTo(deadline - System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private interface Wait {
        boolean upTo(long nanos) throws InterruptedException;
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
