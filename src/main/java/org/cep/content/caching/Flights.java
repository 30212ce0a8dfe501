package org.cep.content.caching;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Identical requests that find nothing in the cache while the first of them is being answered wait for that answer
 * instead of computing it again: a calendar polled by many subscribers at once is computed once.
 */
@ApplicationScoped
class Flights {

    /** The answer being computed for one key, and who waits for it. */
    static final class Flight {
        private final List<Consumer<ResponseCache.Entry>> waiting = new ArrayList<>();
    }

    private final Map<String, Flight> flying = new ConcurrentHashMap<>();

    /** A new flight when none is under way for {@code key}, which the caller answers; else null, and it waits. */
    Flight lead(String key, Consumer<ResponseCache.Entry> waiter) {
        Flight[] led = {null};
        flying.compute(key, (k, flight) -> {
            if (flight == null) {
                led[0] = new Flight();
                return led[0];
            }
            flight.waiting.add(waiter);
            return flight;
        });
        return led[0];
    }

    /** The flight's answer, kept in the cache, or null when it could not be kept: each waiter then computes its own. */
    void land(String key, Flight flight, ResponseCache.Entry entry) {
        // Removed under the map's lock, so no waiter joins a flight that has landed.
        if (flying.remove(key, flight)) {
            flight.waiting.forEach(waiter -> waiter.accept(entry));
        }
    }
}
