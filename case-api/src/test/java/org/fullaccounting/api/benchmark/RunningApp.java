package org.fullaccounting.api.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.PrometheusScrape;
import org.fullaccounting.api.faults.AppNode;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the benchmark asks of the running application over HTTP, as admin, and reads from its log. */
final class RunningApp {

    static final String CASEWORKER = "benchmark-caseworker";
    static final String AUDITOR = "benchmark-auditor";
    static final String PASSWORD = "a-long-benchmark-password";
    private static final Pattern LOADED = Pattern.compile(
            "Population loaded: (\\d+) cases, (\\d+) events in ([0-9.]+) s \\(([0-9.]+) events/s\\)");

    /** The loader's own line: "Population loaded: N cases, E events in T s (R events/s)". */
    record Loaded(long cases, long events, double seconds, double eventsPerSecond) {
    }

    private final AppNode node;

    RunningApp(AppNode node) {
        this.node = node;
    }

    /** A caseworker account made through the admin API; its client (HTTP Basic). */
    Api caseworker() {
        return account(CASEWORKER, "CASEWORKER");
    }

    /** An account with this one role, made through the admin API (kept if made before); its client. */
    private Api account(String username, String role) {
        int status = node.admin().post("/api/admin/users", Map.of("username", username, "password", PASSWORD,
                "roles", List.of(role))).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating the benchmark's " + username + " answered " + status);
        }
        return node.as(username, PASSWORD);
    }

    /**
     * What the auditor's verification of every case answered: how many cases and events it checked,
     * the cases whose chain or snapshots did not verify (or that did not answer 200), and how long it took.
     */
    record Verified(int cases, long events, List<String> broken, Duration took) {

        double casesPerSecond() {
            return cases / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    /**
     * Verifies every one of these cases as an auditor does ({@code GET /api/audit/cases/{id}/verify}:
     * its hash chain recomputed from the stored events, its snapshots checked against their seals and
     * against the state its events give), {@code clients} at a time.
     */
    Verified verifyEvery(List<UUID> cases, int clients, Duration atMost) {
        Api auditor = account(AUDITOR, "AUDITOR").waitingUpTo(atMost);
        AtomicLong events = new AtomicLong();
        List<String> broken = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> checks = cases.stream().map(caseId -> threads.submit(() -> {
                Api.Response answer = auditor.get("/api/audit/cases/" + caseId + "/verify");
                if (answer.status() != 200) {
                    broken.add(caseId + " (" + answer.status() + ")");
                    return;
                }
                JsonNode verification = answer.json();
                events.addAndGet(verification.path("events").asLong());
                if (!verification.path("valid").asBoolean() || !verification.path("snapshotsValid").asBoolean()) {
                    broken.add(caseId.toString());
                }
            })).collect(Collectors.toList());
            for (Future<?> check : checks) {
                check.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("verifying a case failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
        return new Verified(cases.size(), events.get(), List.copyOf(broken),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The average length in bytes of these cases' histories as the benchmark's caseworker reads them. */
    int averageHistoryBytes(List<UUID> cases) {
        Api reader = caseworker();
        long bytes = 0;
        for (UUID caseId : cases) {
            bytes += reader.get("/api/cases/" + caseId + "/history").expectStatus(200).bytes().length;
        }
        return (int) (bytes / Math.max(1, cases.size()));
    }

    /** Waits for the loader's line in the node's log. */
    Loaded awaitPopulation(Duration atMost) {
        return until("the population to load", atMost, this::loadedLine).orElseThrow();
    }

    private Optional<Loaded> loadedLine() {
        try {
            if (!node.isAlive()) {
                throw new IllegalStateException(node.name() + " died while loading; see " + node.log());
            }
            String log = Files.readString(node.log());
            if (log.contains("Application run failed")) {
                throw new IllegalStateException(node.name() + " failed to start (population load?); see " + node.log());
            }
            Matcher line = LOADED.matcher(log);
            return line.find() ? Optional.of(new Loaded(Long.parseLong(line.group(1)), Long.parseLong(line.group(2)),
                    Double.parseDouble(line.group(3)), Double.parseDouble(line.group(4)))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Waits until every read model runs, is caught up with the head of the stream and replays nothing. */
    void awaitCaughtUp(Duration atMost) {
        until("every read model to catch up", atMost, () -> {
            Api.Response answer = node.admin().get("/api/admin/projections");
            if (answer.status() != 200) {
                return Optional.empty(); // a node just started may not serve yet
            }
            JsonNode statuses = answer.json();
            for (JsonNode model : statuses) {
                boolean behind = model.path("behind").isNumber() ? model.path("behind").asLong() > 0
                        : model.path("head").asLong() > 0;
                if (behind || !model.path("caughtUp").asBoolean() || model.path("replaying").asBoolean()) {
                    return Optional.empty();
                }
            }
            return Optional.of(statuses);
        });
    }

    /** The most events any read model is behind the event store now (0 when every one has caught up). */
    long mostBehind() {
        long most = 0;
        for (JsonNode model : node.admin().get("/api/admin/projections").expectStatus(200).json()) {
            most = Math.max(most, model.path("behind").asLong());
        }
        return most;
    }

    /**
     * How long the node's JIT has compiled so far, all compiler threads together, in milliseconds
     * (Micrometer's jvm_compilation_time_ms_total on /actuator/prometheus).
     */
    double compilationMillis() {
        String metric = "jvm_compilation_time_ms_total";
        PrometheusScrape metrics = new PrometheusScrape(
                node.admin().get("/actuator/prometheus").expectStatus(200).body());
        if (!metrics.has(metric)) {
            throw new IllegalStateException("the node reports no " + metric + " on /actuator/prometheus");
        }
        return metrics.sum(metric, "");
    }

    /** The read models' names and the head of the event stream. */
    List<String> models() {
        List<String> names = new ArrayList<>();
        node.admin().get("/api/admin/projections").json().forEach(model -> names.add(model.get("name").asText()));
        return names;
    }

    long head() {
        long head = 0;
        for (JsonNode model : node.admin().get("/api/admin/projections").json()) {
            head = Math.max(head, model.get("head").asLong());
        }
        return head;
    }

    /**
     * Replays every read model at once (each a coordinated replay: 202 and its Location), follows
     * each Location until the node has rejoined, then waits until every model caught up again.
     */
    Duration replayAll(Duration atMost) {
        long started = System.nanoTime();
        List<String> locations = new ArrayList<>();
        for (String model : models()) {
            Api.Response accepted = node.admin().post("/api/admin/projections/" + model + "/replay", Map.of());
            if (accepted.status() != 202) {
                throw new IllegalStateException("replay of " + model + " answered " + accepted.status());
            }
            String location = accepted.header("Location");
            locations.add(location.startsWith("http") ? java.net.URI.create(location).getPath() : location);
        }
        for (String location : locations) {
            until("replay " + location + " to rejoin", atMost, () -> {
                JsonNode replay = node.admin().get(location).json();
                if ("FAILED".equals(replay.get("state").asText())) {
                    throw new IllegalStateException("replay failed: " + replay);
                }
                return replay.get("rejoined").asBoolean() ? Optional.of(replay) : Optional.empty();
            });
        }
        awaitCaughtUp(atMost);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * The consistency check's count of differences between the read models and the event store; it
     * reads every event, so on the whole population it answers after minutes, not seconds.
     */
    long differences(Duration atMost) {
        return node.admin().waitingUpTo(atMost).get("/api/admin/projections/consistency").expectStatus(200).json()
                .get("differences").asLong();
    }

    private static <T> Optional<T> until(String what, Duration atMost, Supplier<Optional<T>> read) {
        long deadline = System.nanoTime() + atMost.toNanos();
        Optional<T> value = read.get();
        while (value.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + atMost);
            }
            pause();
            value = read.get();
        }
        return value;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
