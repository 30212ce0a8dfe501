package org.cep.content.search;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The searches each client address runs at once, at most {@code perClient}. An address is tracked only while one of
 * its searches runs or waits, so that the addresses ever seen are not kept.
 */
final class ClientSearches {

    private final int perClient;

    final ConcurrentHashMap<String, Client> running = new ConcurrentHashMap<>();

    ClientSearches(int perClient) {
        this.perClient = perClient;
    }

    /** Takes one of the address's places, waiting up to {@code nanos}; each {@code true} is followed by a {@link #leave}. */
    boolean enter(String address, long nanos) throws InterruptedException {
        Client client = running.compute(address, (key, known) -> (known == null ? new Client(perClient) : known).join());
        boolean entered = false;
        try {
            entered = client.places.tryAcquire(nanos, TimeUnit.NANOSECONDS);
            return entered;
        } finally {
            if (!entered) {
                forget(address);
            }
        }
    }

    /** Gives back the place an {@link #enter} took. */
    void leave(String address) {
        running.get(address).places.release();
        forget(address);
    }

    private void forget(String address) {
        running.computeIfPresent(address, (key, client) -> client.part() ? null : client);
    }

    /** One address's places and how many of its searches hold or wait for one; counted only within the map's compute. */
    static final class Client {
        final Semaphore places;
        private int searches;

        Client(int places) {
            this.places = new Semaphore(places);
        }

        Client join() {
            searches++;
            return this;
        }

        /** Whether the parting search was the address's last. */
        boolean part() {
            return --searches == 0;
        }
    }
}
