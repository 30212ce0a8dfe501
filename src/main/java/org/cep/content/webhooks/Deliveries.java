package org.cep.content.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox's side of sending: claiming due messages so that only one instance sends each, and recording what each
 * attempt got. A claim lasts {@link #LEASE}; a message whose sender died meanwhile is claimed again after it.
 */
@ApplicationScoped
class Deliveries {

    /** Longer than any attempt can take (connect and request time-outs), so that a live claim never expires. */
    static final Duration LEASE = Duration.ofSeconds(60);

    /**
     * Due messages of enabled subscriptions, oldest first, whose subscription has no earlier message of the same item
     * still to deliver: so that messages of one item go in order, one at a time. Rows another instance is claiming are
     * skipped, not waited for.
     */
    private static final String DUE = "select m.id from webhook_message m"
            + " where ((m.state = 'PENDING' and m.due_at <= ?1) or (m.state = 'SENDING' and m.claimed_until < ?1))"
            + " and m.subscription_id in (select s.id from webhook_subscription s where s.disabled_at is null)"
            + " and not exists (select 1 from webhook_message e where e.subscription_id = m.subscription_id"
            + " and e.resource = m.resource and e.item_id = m.item_id and e.id < m.id and e.state in ('PENDING', 'SENDING'))"
            + " order by m.id limit ?2 for update skip locked";

    @Inject
    EntityManager em;

    /** A message claimed for sending, with what sending it takes. */
    record Claimed(long id, long subscriptionId, String messageId, String eventType, String payload, String url,
                   String secret, int attempts) {
    }

    /** Claims up to {@code limit} due messages for {@code claimer} until the lease ends. */
    @Transactional
    List<Claimed> claim(Instant now, int limit, String claimer) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(DUE).setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        em.createQuery("update Message m set m.state = :sending, m.claimedBy = :claimer, m.claimedUntil = :until where m.id in :ids")
                .setParameter("sending", Message.State.SENDING).setParameter("claimer", claimer)
                .setParameter("until", now.plus(LEASE)).setParameter("ids", claimed).executeUpdate();
        return em.createQuery("select m, s from Message m, Subscription s where s.id = m.subscriptionId and m.id in :ids order by m.id",
                        Object[].class).setParameter("ids", claimed).getResultList().stream()
                .map(row -> {
                    Message m = (Message) row[0];
                    Subscription s = (Subscription) row[1];
                    return new Claimed(m.id, s.id, m.messageId, m.eventType, m.payload, s.url, s.secret, m.attempts);
                }).toList();
    }

    /**
     * Records an attempt and where the message stands after it, if {@code claimer} still holds its claim.
     *
     * @param retryAt when to try again, or null when this attempt settles the message
     * @param disable why to disable the subscription, or null to leave it enabled
     */
    @Transactional
    void record(Claimed message, String claimer, Instant at, Integer status, int latencyMs, String error,
                Message.State state, Instant retryAt, String disable) {
        int updated = em.createQuery("update Message m set m.state = :state, m.attempts = m.attempts + 1, m.claimedBy = null, "
                        + "m.claimedUntil = null, m.dueAt = :due where m.id = :id and m.claimedBy = :claimer")
                .setParameter("state", state).setParameter("due", retryAt == null ? at : retryAt)
                .setParameter("id", message.id()).setParameter("claimer", claimer).executeUpdate();
        if (updated == 0) {
            return;
        }
        Attempt attempt = new Attempt();
        attempt.subscriptionId = message.subscriptionId();
        attempt.message = em.getReference(Message.class, message.id());
        attempt.attemptedAt = at;
        attempt.statusCode = status;
        attempt.latencyMs = latencyMs;
        attempt.error = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        em.persist(attempt);
        if (disable != null) {
            em.createQuery("update Subscription s set s.disabledAt = :at, s.disabledReason = :reason where s.id = :id and s.disabledAt is null")
                    .setParameter("at", at).setParameter("reason", disable).setParameter("id", message.subscriptionId())
                    .executeUpdate();
        }
    }
}
