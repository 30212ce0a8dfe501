package org.cep.content.caching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * When the answer to this request stops being true by the mere passing of time. Code that answers relative to now
 * (upcoming or past events, a calendar's default window) declares the next moment its answer changes; the answer is
 * then kept, and may be reused by clients, only until that moment or the next scheduled publication, whichever comes
 * first. An answer that declares nothing changes only with content.
 */
@RequestScoped
public class Freshness {

    @Inject
    ResponseCache cache;

    private Instant declared;
    private Optional<Instant> until;

    /** The answer changes at {@code moment} ({@link Instant#MAX}: never by time alone); the earliest declared holds. */
    public void validUntil(Instant moment) {
        if (declared == null || moment.isBefore(declared)) {
            declared = moment;
            until = null;
        }
    }

    /** The moment the answer stops being true, or none when it depends on content alone. */
    Optional<Instant> until() {
        if (declared == null) {
            return Optional.empty();
        }
        if (until == null) {
            // A scheduled publication changes every list and calendar; unknown, the answer is true now only.
            Instant due = cache.nextDue();
            until = Optional.of(due == null ? Instant.MIN : due.isBefore(declared) ? due : declared);
        }
        return until;
    }
}
