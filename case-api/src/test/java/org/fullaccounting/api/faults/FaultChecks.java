package org.fullaccounting.api.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.Requests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the fault tests set up through the API and what they read back to judge the outcome. */
final class FaultChecks {

    static final String CASEWORKER = "fault-caseworker";
    static final String PASSWORD = "a-long-fault-test-password";

    private FaultChecks() {
    }

    /** A caseworker account made through the node's admin API; its client. */
    static Api caseworkerOn(AppNode node) {
        int status = node.admin().post("/api/admin/users", Map.of("username", CASEWORKER, "password", PASSWORD,
                "roles", List.of("CASEWORKER"))).status();
        assertThat(status).as("creating the caseworker").isIn(201, 409);
        return node.as(CASEWORKER, PASSWORD);
    }

    static List<UUID> openCases(Api caseworker, int count) {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String serviceNumber = "RA" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L);
            Api.Response opened = caseworker.post("/api/cases", Requests.caseOpening(serviceNumber)).expectStatus(201);
            cases.add(UUID.fromString(opened.json().get("caseId").asText()));
        }
        return cases;
    }

    /** How many times each entry id appears in the case's history, once the history shows {@code version}. */
    static Map<UUID, Integer> historyEntries(Api caseworker, UUID caseId, long version) {
        JsonNode history = until("history of " + caseId + " at version " + version, Duration.ofSeconds(60),
                () -> caseworker.get("/api/cases/" + caseId + "/history"),
                answer -> answer.status() == 200 && answer.json().get("version").asLong() >= version).json();
        Map<UUID, Integer> entries = new HashMap<>();
        history.get("entries").forEach(entry ->
                entries.merge(UUID.fromString(entry.get("entryId").asText()), 1, Integer::sum));
        return entries;
    }

    /** The consistency check's report once it finds no difference (or the last one after a minute). */
    static JsonNode consistencyOnceConverged(Api admin) {
        try {
            return until("read models to converge", Duration.ofSeconds(60),
                    () -> admin.get("/api/admin/projections/consistency").expectStatus(200).json(),
                    report -> report.get("differences").asLong() == 0);
        } catch (AssertionError notConverged) {
            return admin.get("/api/admin/projections/consistency").json();
        }
    }

    /** Waits for {@code read} to satisfy {@code done}; fails with the last value after {@code atMost}. */
    static <T> T until(String what, Duration atMost, java.util.function.Supplier<T> read,
                               java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + atMost.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + "; last seen: " + describe(value));
            }
            AppNode.pause(250);
            value = read.get();
        }
        return value;
    }

    private static String describe(Object value) {
        return value instanceof Api.Response response ? response.status() + " " + response.body() : String.valueOf(value);
    }
}
