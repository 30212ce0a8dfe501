package org.cep.content.resilience;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Points the service at the test PostgreSQL database (system properties test.db.url, .username and
 * .password, set by the build) through a {@link LoopbackProxy} the test can cut, in the H2 run as in the
 * PostgreSQL one: an outage is only realistic against a database on the other end of a socket.
 */
public class PostgresThroughProxy implements QuarkusTestProfile, QuarkusTestResourceLifecycleManager {

    private LoopbackProxy proxy;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresThroughProxy.class));
    }

    @Override
    public Map<String, String> start() {
        String url = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
        URI target = URI.create(url.substring("jdbc:".length()));
        try {
            proxy = new LoopbackProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath()
                        + "?connectTimeout=2&loginTimeout=2&socketTimeout=5",
                "quarkus.datasource.username", System.getProperty("test.db.username", "postgres"),
                "quarkus.datasource.password", System.getProperty("test.db.password", ""),
                "quarkus.datasource.jdbc.acquisition-timeout", "3S");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(LoopbackProxy.class));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
