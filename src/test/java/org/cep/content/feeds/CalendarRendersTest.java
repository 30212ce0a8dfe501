package org.cep.content.feeds;

import org.cep.content.common.problems.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calendars are rendered as many at once as allowed; one more waits its turn, and past the wait is refused. */
class CalendarRendersTest {

    /** Each render blocks its own thread, so none waits for a pool's thread rather than for a place. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void one_more_calendar_than_the_places_waits_and_is_refused_with_503_once_the_wait_is_over() throws Exception {
        CalendarRenders renders = new CalendarRenders(2, Duration.ofMillis(100));
        List<CompletableFuture<String>> held = occupy(renders, 2);

        ProblemException busy = assertThrows(ProblemException.class, () -> renders.bounded(() -> "third"));
        assertEquals("Every place in which this instance renders calendars stayed taken while this one waited. "
                + "Try again after 1 second.", busy.getMessage());

        release.countDown();
        for (CompletableFuture<String> render : held) {
            assertEquals("held", render.get(5, SECONDS));
        }
        assertEquals("after", renders.bounded(() -> "after"), "the places are given back");
    }

    @Test
    void a_calendar_waiting_its_turn_renders_when_a_place_comes_free() throws Exception {
        CalendarRenders renders = new CalendarRenders(1, Duration.ofSeconds(5));
        List<CompletableFuture<String>> held = occupy(renders, 1);
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> renders.bounded(() -> "second"), threads);

        Thread.sleep(50);
        assertFalse(waiting.isDone(), "the second waits while the first renders");
        release.countDown();
        assertEquals("second", waiting.get(5, SECONDS));
        assertEquals("held", held.get(0).get(5, SECONDS));
    }

    /** {@code count} renders that have taken their places and keep them until {@link #release}. */
    private List<CompletableFuture<String>> occupy(CalendarRenders renders, int count) throws InterruptedException {
        CountDownLatch rendering = new CountDownLatch(count);
        List<CompletableFuture<String>> held = IntStream.range(0, count)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> renders.bounded(() -> hold(rendering)), threads))
                .toList();
        assertTrue(rendering.await(5, SECONDS), count + " calendars render at once");
        return held;
    }

    private String hold(CountDownLatch rendering) {
        rendering.countDown();
        try {
            assertTrue(release.await(5, SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return "held";
    }
}
