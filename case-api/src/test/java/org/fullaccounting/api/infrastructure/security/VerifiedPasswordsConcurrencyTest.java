package org.fullaccounting.api.infrastructure.security;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests that present the same password for the same account at the same moment, with nothing
 * cached yet (the first requests, or an entry that just expired), share one bcrypt and its answer.
 */
class VerifiedPasswordsConcurrencyTest {

    private static final int REQUESTS = 8;
    private static final String STORED = "{bcrypt}stored-hash";

    private final VerifiedPasswords verified = new VerifiedPasswords(100, Duration.ofMinutes(5),
            new SimpleMeterRegistry());

    @Test
    void requestsArrivingDuringTheCheckOfTheirPasswordWaitForItsAnswerInsteadOfRunningTheirOwn() throws Exception {
        SlowEncoder bcrypt = new SlowEncoder("right password");

        List<Boolean> answers = allAtOnce(verified.over(bcrypt), "right password", bcrypt);

        assertThat(answers).hasSize(REQUESTS).containsOnly(true);
        assertThat(bcrypt.checks.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordSharesItsRefusalAndIsCheckedAgainByTheNextRequest() throws Exception {
        SlowEncoder bcrypt = new SlowEncoder("right password");
        PasswordEncoder passwords = verified.over(bcrypt);

        List<Boolean> answers = allAtOnce(passwords, "a guess", bcrypt);

        assertThat(answers).hasSize(REQUESTS).containsOnly(false);
        assertThat(bcrypt.checks.get()).isEqualTo(1);
        bcrypt.release.countDown();
        assertThat(passwords.matches("a guess", STORED)).isFalse();
        assertThat(bcrypt.checks.get()).isEqualTo(2);
    }

    @Test
    void aCheckThatFailsIsNotSharedAndLeavesNothingBehind() {
        SlowEncoder failing = new SlowEncoder("right password") {
            @Override
            public boolean matches(CharSequence raw, String stored) {
                checks.incrementAndGet();
                throw new IllegalStateException("the encoder failed");
            }
        };
        PasswordEncoder passwords = verified.over(failing);

        assertThatThrownBy(() -> passwords.matches("right password", STORED)).hasMessage("the encoder failed");
        assertThatThrownBy(() -> passwords.matches("right password", STORED)).hasMessage("the encoder failed");
        assertThat(failing.checks.get()).isEqualTo(2);
    }

    /**
     * The first request enters the encoder and is held there until every other one is waiting
     * (for the shared answer, or, without sharing, inside the encoder too); then all are released.
     */
    private static List<Boolean> allAtOnce(PasswordEncoder passwords, String raw, SlowEncoder bcrypt)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> passwords.matches(raw, STORED)));
            assertThat(bcrypt.entered.await(10, TimeUnit.SECONDS)).isTrue();
            List<Thread> others = new ArrayList<>();
            for (int i = 1; i < REQUESTS; i++) {
                answers.add(pool.submit(() -> {
                    synchronized (others) {
                        others.add(Thread.currentThread());
                    }
                    return passwords.matches(raw, STORED);
                }));
            }
            awaitAllParked(others);
            bcrypt.release.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> answer : answers) {
                results.add(answer.get(10, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitAllParked(List<Thread> others) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            synchronized (others) {
                if (others.size() == REQUESTS - 1 && others.stream().allMatch(thread ->
                        thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING)) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the other requests did not all wait");
    }

    /** A password check that counts its calls and holds each one until released. */
    private static class SlowEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final String right;

        SlowEncoder(String right) {
            this.right = right;
        }

        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean matches(CharSequence raw, String stored) {
            checks.incrementAndGet();
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return right.contentEquals(raw);
        }
    }
}
