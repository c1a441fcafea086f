package org.fullaccounting.api.benchmark;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop of {@code clients} threads, each calling one request after another for a fixed
 * time; latencies go into HdrHistogram (one per thread, merged at the end), anything the request
 * reports as failed (or throws) counts as an error.
 */
final class Load {

    /** One request of one client; true when it got the answer it expected. */
    @FunctionalInterface
    interface Request {
        boolean send(int client) throws Exception;
    }

    /** What one fixed-time run measured. */
    record Figure(int clients, long requests, long errors, double seconds, double p50Millis, double p99Millis) {

        double perSecond() {
            return requests / seconds;
        }

        String describe() {
            return String.format(java.util.Locale.ROOT, "%.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors",
                    perSecond(), p50Millis, p99Millis, errors);
        }
    }

    private Load() {
    }

    static Figure run(int clients, Duration duration, Request request) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        List<Future<Histogram>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> loop(client, end, request, errors)));
        }
        Histogram all = new Histogram(3);
        try {
            for (Future<Histogram> result : results) {
                all.add(result.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("a benchmark client failed", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Figure(clients, all.getTotalCount(), errors.get(), seconds,
                all.getValueAtPercentile(50) / 1e3, all.getValueAtPercentile(99) / 1e3);
    }

    private static Histogram loop(int client, long end, Request request, AtomicLong errors) {
        Histogram micros = new Histogram(3);
        while (System.nanoTime() < end) {
            long sent = System.nanoTime();
            boolean ok;
            try {
                ok = request.send(client);
            } catch (Exception e) {
                ok = false;
            }
            micros.recordValue(Math.max(1, (System.nanoTime() - sent) / 1_000));
            if (!ok) {
                errors.incrementAndGet();
            }
        }
        return micros;
    }
}
