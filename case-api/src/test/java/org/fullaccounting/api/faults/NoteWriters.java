package org.fullaccounting.api.faults;

import org.fullaccounting.api.Api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent writers appending notes over HTTP until stopped, writer i through entrance i mod n
 * and to case i mod m, each to its next case in turn. Remembers every acknowledged (201) note and
 * counts every other answer by status ("no answer" when the connection failed: the node was down
 * or died mid-request, so the note may or may not be stored).
 */
final class NoteWriters implements AutoCloseable {

    static final String NO_ANSWER = "no answer";

    /** A note the application said it stored. */
    record Acknowledged(UUID caseId, UUID entryId, long version, String text) {
    }

    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService pool;

    private NoteWriters(int writers) {
        this.pool = Executors.newFixedThreadPool(writers);
    }

    static NoteWriters start(int writers, List<Api> entrances, List<UUID> cases) {
        NoteWriters load = new NoteWriters(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            load.pool.submit(() -> load.write(writer, entrances.get(writer % entrances.size()), cases));
        }
        return load;
    }

    private void write(int writer, Api entrance, List<UUID> cases) {
        for (int i = 0; !stopping.get(); i++) {
            UUID caseId = cases.get((writer + i) % cases.size());
            String text = "writer " + writer + " note " + i;
            try {
                Api.Response answer = entrance.post("/api/cases/" + caseId + "/notes", Map.of("text", text));
                if (answer.status() == 201) {
                    acknowledged.add(new Acknowledged(caseId, UUID.fromString(answer.json().get("entryId").asText()),
                            answer.json().get("version").asLong(), text));
                } else {
                    failures.computeIfAbsent(String.valueOf(answer.status()), k -> new AtomicInteger()).incrementAndGet();
                }
            } catch (RuntimeException connectionFailed) {
                failures.computeIfAbsent(NO_ANSWER, k -> new AtomicInteger()).incrementAndGet();
                AppNode.pause(100);
            }
        }
    }

    /** Waits until at least {@code count} notes are acknowledged in all. */
    void awaitAcknowledged(int count, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acknowledged.size() + " of " + count + " notes acknowledged in "
                        + atMost + "; failures " + failures());
            }
            AppNode.pause(50);
        }
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Answers other than 201, by status. */
    Map<String, Integer> failures() {
        Map<String, Integer> counts = new TreeMap<>();
        failures.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** Answers of 500 and above. */
    int serverErrors() {
        return failures().entrySet().stream().filter(e -> e.getKey().matches("5\\d\\d"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    @Override
    public void close() {
        stopping.set(true);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(90, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
