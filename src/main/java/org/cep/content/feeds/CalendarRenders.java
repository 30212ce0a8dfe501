package org.cep.content.feeds;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.cep.content.common.ContentConfig;
import org.cep.content.common.problems.ProblemException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps what calendars cost bounded however many subscribers poll at once: an instance reads and renders at most
 * {@code content.feeds.calendar-renders} at a time, each up to 500 events held in memory, and the others wait their
 * turn in order. One that cannot start within {@code content.feeds.calendar-wait} answers 503 with Retry-After. With
 * the response cache on, identical polls share one rendering before they reach this.
 */
@Singleton
class CalendarRenders {

    private final Semaphore places;
    private final Duration wait;

    @Inject
    CalendarRenders(ContentConfig config) {
        this(config.feeds().calendarRenders(), config.feeds().calendarWait());
    }

    CalendarRenders(int renders, Duration wait) {
        this.places = new Semaphore(renders, true);
        this.wait = wait;
    }

    <T> T bounded(Supplier<T> rendering) {
        if (!entered()) {
            throw ProblemException.calendarBusy(wait);
        }
        try {
            return rendering.get();
        } finally {
            places.release();
        }
    }

    private boolean entered() {
        try {
            return places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
