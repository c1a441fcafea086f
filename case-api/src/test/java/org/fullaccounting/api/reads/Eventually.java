package org.fullaccounting.api.reads;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a read model shows what a test waits for, or fails after a bounded time. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(String what, Supplier<T> read, java.util.function.Predicate<T> done) {
        return until(what, Duration.ofSeconds(20), read, done);
    }

    /** As {@link #until(String, Supplier, java.util.function.Predicate)}, for waits known to be longer. */
    public static <T> T until(String what, Duration atMost, Supplier<T> read, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + atMost.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = read.get();
        }
        return value;
    }
}
