package org.cep.content.caching;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Keeps the caches of several instances on one PostgreSQL database coherent: after a committed change an instance
 * sends NOTIFY on {@value #CHANNEL}, and every instance LISTENs on a connection of its own and empties its cache
 * within a second. On H2 there is only ever one instance, and this does nothing.
 */
@ApplicationScoped
class ChangeChannel {

    static final String CHANNEL = "cep_content_changed";
    private static final Logger LOG = Logger.getLogger(ChangeChannel.class);
    private static final int WAIT_MILLIS = 500;

    @Inject
    ResponseCache cache;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "cep-change-notify"));
    private volatile boolean running;

    void start(@Observes StartupEvent start) {
        if (active()) {
            running = true;
            daemon(this::listen, "cep-change-listen").start();
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        sender.shutdown();
    }

    /** Tells every instance, this one included, that content changed; the write has committed already. */
    void announce() {
        if (active()) {
            sender.execute(() -> {
                try (Connection connection = dataSource.getConnection(); Statement notify = connection.createStatement()) {
                    notify.execute("NOTIFY " + CHANNEL);
                } catch (SQLException e) {
                    LOG.warn("Could not tell the other instances that content changed; their caches expire with their entries", e);
                }
            });
        }
    }

    boolean active() {
        return cache.enabled() && "postgresql".equals(dbKind);
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(""))) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                // A change may have been missed while no connection listened.
                cache.invalidate();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        cache.invalidate();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Listening for content changes failed (%s); connecting again in a second", e.getMessage());
                    cache.invalidate();
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
