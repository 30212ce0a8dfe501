package org.cep.content.feeds;

import org.cep.content.common.problems.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calendars are rendered as many at once as allowed; one more waits its turn, and past the wait is refused. */
class CalendarRendersTest {

    @Test
    void one_more_calendar_than_the_places_waits_and_is_refused_with_503_once_the_wait_is_over() throws Exception {
        CalendarRenders renders = new CalendarRenders(2, Duration.ofMillis(100));
        CountDownLatch rendering = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> first = CompletableFuture.runAsync(() -> renders.bounded(() -> hold(rendering, release)));
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> renders.bounded(() -> hold(rendering, release)));
        assertTrue(rendering.await(5, TimeUnit.SECONDS), "two calendars render at once");

        ProblemException busy = assertThrows(ProblemException.class, () -> renders.bounded(() -> "third"));
        assertEquals("Every place in which this instance renders calendars stayed taken while this one waited. "
                + "Try again after 1 second.", busy.getMessage());

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertEquals("after", renders.bounded(() -> "after"), "the places are given back");
    }

    @Test
    void a_calendar_waiting_its_turn_renders_when_a_place_comes_free() throws Exception {
        CalendarRenders renders = new CalendarRenders(1, Duration.ofSeconds(5));
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> first = CompletableFuture.runAsync(() -> renders.bounded(() -> hold(rendering, release)));
        assertTrue(rendering.await(5, TimeUnit.SECONDS));
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> renders.bounded(() -> "second"));

        Thread.sleep(50);
        assertFalse(waiting.isDone(), "the second waits while the first renders");
        release.countDown();
        assertEquals("second", waiting.get(5, TimeUnit.SECONDS));
        first.get(5, TimeUnit.SECONDS);
    }

    private static String hold(CountDownLatch rendering, CountDownLatch release) {
        rendering.countDown();
        try {
            assertTrue(release.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return "held";
    }
}
