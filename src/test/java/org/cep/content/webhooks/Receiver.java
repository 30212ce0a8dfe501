package org.cep.content.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * A webhook receiver on a free loopback port that verifies every message as the Standard Webhooks specification says,
 * with its own HMAC-SHA256 (not the service's library): the signature, and a timestamp within five minutes. It keeps
 * each message it accepted, and answers what {@link #answer} says.
 */
final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request the receiver got: its webhook-id, whether its signature held, the status answered and the body. */
    record Received(String id, boolean verified, int status, JsonNode body) {
        String type() {
            return body.path("type").asText();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;
    volatile IntSupplier answer = () -> 204;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            boolean verified = verify(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body);
            int status = verified ? answer.getAsInt() : 400;
            received.add(new Received(id, verified, status, JSON.readTree(body)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    List<Received> all() {
        return new ArrayList<>(received);
    }

    /** The messages accepted (answered 2xx), in the order they came. */
    List<Received> accepted() {
        return received.stream().filter(r -> r.status() / 100 == 2).toList();
    }

    /** Waits until {@code count} messages have been accepted, or fails. */
    List<Received> awaitAccepted(int count, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (accepted().size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return accepted();
    }

    private boolean verify(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null || secret == null) {
            return false;
        }
        long sent = Long.parseLong(timestamp);
        if (Math.abs(Instant.now().getEpochSecond() - sent) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
