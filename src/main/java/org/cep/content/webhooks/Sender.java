package org.cep.content.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends the outbox's due messages, signed as Standard Webhooks says, a bounded number at once; what each attempt got
 * decides the message's next step: delivered on a 2xx, disabled on a 410, else retried after the next of
 * {@code content.webhooks.retry-delays} (or the receiver's Retry-After, if longer) until the last one fails.
 * Several instances may run it against one database: each message is claimed by one of them.
 */
@ApplicationScoped
class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class);
    static final String USER_AGENT = "cep-content-webhooks/1";

    @Inject
    Deliveries deliveries;

    @Inject
    Targets targets;

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    private final String claimer = UUID.randomUUID().toString();
    private volatile ExecutorService pool;
    private volatile HttpClient client;
    private volatile boolean failing;

    @Scheduled(identity = "webhook-sender", every = "${content.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        if (!config.enabled()) {
            return;
        }
        try {
            List<Deliveries.Claimed> claimed;
            do {
                claimed = deliveries.claim(clock.instant(), config.concurrency(), claimer);
                sendAll(claimed);
            } while (claimed.size() == config.concurrency());
            if (failing) {
                LOG.info("Webhook messages are being sent again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Webhook messages cannot be claimed (%s); they stay in the outbox and go out once the database is back",
                        e.getMessage());
                failing = true;
            }
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private void sendAll(List<Deliveries.Claimed> claimed) {
        List<Future<?>> sending = new ArrayList<>();
        for (Deliveries.Claimed message : claimed) {
            sending.add(pool().submit(() -> send(message)));
        }
        for (Future<?> one : sending) {
            try {
                one.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("A webhook delivery failed unexpectedly; it is retried once its claim expires", e.getCause());
            }
        }
    }

    private void send(Deliveries.Claimed message) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        Outcome outcome = attempt(message, start);
        int latency = (int) Math.min(Integer.MAX_VALUE, Duration.ofNanos(System.nanoTime() - started).toMillis());
        Instant end = start.plusMillis(latency);
        int next = message.attempts() + 1;
        List<Duration> delays = config.retryDelays();
        if (outcome.delivered()) {
            deliveries.record(message, claimer, start, outcome.status(), latency, null, Message.State.DELIVERED, null, null);
        } else if (outcome.status() != null && outcome.status() == 410) {
            deliveries.record(message, claimer, start, 410, latency, outcome.error(), Message.State.FAILED, null,
                    "The receiver answered 410 Gone: it wants no more messages.");
        } else if (next > delays.size()) {
            deliveries.record(message, claimer, start, outcome.status(), latency, outcome.error(), Message.State.FAILED, null,
                    "The last of " + next + " attempts to deliver " + message.messageId() + " failed: " + outcome.error());
        } else {
            Duration wait = delays.get(next - 1);
            if (outcome.retryAfter().isPresent() && outcome.retryAfter().get().compareTo(wait) > 0) {
                wait = outcome.retryAfter().get();
            }
            deliveries.record(message, claimer, start, outcome.status(), latency, outcome.error(), Message.State.PENDING,
                    end.plus(wait), null);
        }
    }

    /** One attempt: the target checked again, the message signed and posted, and only the status line read. */
    private Outcome attempt(Deliveries.Claimed message, Instant now) {
        Optional<String> refused = targets.refusal(message.url());
        if (refused.isPresent()) {
            return Outcome.failed(null, "The target was refused: " + refused.get());
        }
        long timestamp = now.getEpochSecond();
        String signature;
        try {
            signature = new Webhook(message.secret()).sign(message.messageId(), timestamp, message.payload());
        } catch (WebhookSigningException e) {
            return Outcome.failed(null, "The message could not be signed: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.url()))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", message.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(message.payload()))
                .build();
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            // The body is never read: a receiver's huge or endless answer costs nothing.
            response.body().close();
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, status, null, Optional.empty());
            }
            return new Outcome(false, status, "The receiver answered " + status + ".",
                    response.headers().firstValue("Retry-After").flatMap(value -> retryAfter(value, now)));
        } catch (HttpTimeoutException e) {
            return Outcome.failed(null, "No answer within " + config.requestTimeout().toSeconds() + " s.");
        } catch (IOException e) {
            return Outcome.failed(null, "The request failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "The service stopped while sending.");
        }
    }

    /** Retry-After as seconds or an HTTP date, within {@code content.webhooks.max-retry-after}. */
    private Optional<Duration> retryAfter(String value, Instant now) {
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.empty();
        }
        return Optional.of(wait.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : wait);
    }

    private ExecutorService pool() {
        if (pool == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = Executors.newFixedThreadPool(config.concurrency(), r -> {
                        Thread thread = new Thread(r, "cep-webhook-send");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return pool;
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    // Redirects are not followed: a redirect could lead to an address the target check refuses.
                    client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
            }
        }
        return client;
    }

    private record Outcome(boolean delivered, Integer status, String error, Optional<Duration> retryAfter) {
        static Outcome failed(Integer status, String error) {
            return new Outcome(false, status, error, Optional.empty());
        }
    }
}
