package org.fullaccounting.api.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent writers appending notes to a few cases over HTTP until stopped, keeping every answer:
 * what was acknowledged (2xx, with its entry id and when), how many of each status, and every
 * answer that is neither a 2xx nor a proper 503 DATABASE_UNAVAILABLE problem with Retry-After.
 */
final class Writers {

    /** A write the application said it stored. */
    record Acknowledged(UUID caseId, UUID entryId, long atNanos) {
    }

    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> improper = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    /** {@code callers} supplies, per writer, the client and the headers it signs in with. */
    static Writers start(int count, List<UUID> cases, Api api, List<String[]> signIns) {
        Writers writers = new Writers();
        for (int i = 0; i < count; i++) {
            int writer = i;
            String[] signIn = signIns.get(i % signIns.size());
            Thread thread = new Thread(() -> writers.write(writer, cases, api, signIn), "writer-" + i);
            writers.threads.add(thread);
            thread.start();
        }
        return writers;
    }

    private void write(int writer, List<UUID> cases, Api api, String[] signIn) {
        for (int n = 0; !stopping; n++) {
            UUID caseId = cases.get((writer + n) % cases.size());
            try {
                record(caseId, api.post("/api/cases/" + caseId + "/notes",
                        Map.of("text", "writer " + writer + ", note " + n), signIn));
            } catch (RuntimeException noAnswer) {
                improper.add("no answer: " + noAnswer);
            }
        }
    }

    private void record(UUID caseId, Api.Response answer) {
        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
        if (answer.status() / 100 == 2) {
            acknowledged.add(new Acknowledged(caseId, UUID.fromString(answer.json().get("entryId").asText()),
                    System.nanoTime()));
        } else if (!properlyUnavailable(answer)) {
            String body = answer.body() == null ? "" : answer.body();
            improper.add(answer.status() + " " + answer.header("Content-Type") + " "
                    + body.substring(0, Math.min(300, body.length())));
        } else {
            pause();
        }
    }

    private static boolean properlyUnavailable(Api.Response answer) {
        if (answer.status() != 503 || answer.header("Retry-After") == null
                || !String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem = answer.json();
        return "DATABASE_UNAVAILABLE".equals(problem.path("code").asText());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(120_000);
        }
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int count(int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    int serverErrorsOtherThan503() {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToInt(e -> e.getValue().get()).sum();
    }

    Map<Integer, AtomicInteger> statuses() {
        return statuses;
    }

    List<String> improper() {
        return List.copyOf(improper);
    }

    /** When the first write after {@code sinceNanos} was acknowledged. */
    OptionalLong firstAcknowledgedAfter(long sinceNanos) {
        return acknowledged.stream().mapToLong(Acknowledged::atNanos).filter(at -> at > sinceNanos).min();
    }

    /** Waits until {@code done} holds, at most {@code seconds}. */
    static boolean await(Supplier<Boolean> done, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }
}
