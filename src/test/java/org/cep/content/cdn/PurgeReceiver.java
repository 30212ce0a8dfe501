package org.cep.content.cdn;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A cache that takes Varnish xkey purges on a random port and keeps the keys of each, set as the first of
 * {@code content.cdn.purge-urls}; the second takes connections and never answers, a cache that hangs.
 */
public class PurgeReceiver implements QuarkusTestProfile, QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private ServerSocket silent;
    private final List<Set<String>> purges = new CopyOnWriteArrayList<>();

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PurgeReceiver.class));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String keys = exchange.getRequestHeaders().getFirst("xkey-purge");
            if ("PURGE".equals(exchange.getRequestMethod()) && keys != null) {
                purges.add(new TreeSet<>(Arrays.asList(keys.split(" "))));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return Map.of("content.cdn.purge-urls", "http://127.0.0.1:" + server.getAddress().getPort() + "/,http://127.0.0.1:"
                        + silent.getLocalPort() + "/",
                "content.cdn.retry-delays", "PT0.1S,PT0.2S");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(PurgeReceiver.class));
    }

    @Override
    public void stop() {
        server.stop(0);
        try {
            silent.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of each purge received so far, in order. */
    public List<Set<String>> purges() {
        return List.copyOf(purges);
    }

    /** Forgets the purges received so far. */
    public void clear() {
        purges.clear();
    }

    /** The keys of the first purge received that names {@code key}, waiting up to {@code within} for one. */
    public Set<String> purgeOf(String key, Duration within) {
        Instant end = Instant.now().plus(within);
        while (Instant.now().isBefore(end)) {
            for (Set<String> purge : purges) {
                if (purge.contains(key)) {
                    return purge;
                }
            }
            pause();
        }
        throw new AssertionError("No purge named " + key + " within " + within + "; received " + purges);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
