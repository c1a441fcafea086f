package org.fullaccounting.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.reads.Eventually;
import org.fullaccounting.projections.ReadModel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilding each read model from the first event gives back exactly the tables it replaced. */
class ReplayTest extends ApiTest {

    private static final int CASES = 200;

    @Autowired
    private EventStore events;

    @Autowired
    private List<ReadModel> models;

    @Test
    void replayingEveryReadModelLeavesEveryTableIdenticalAndTheRecountFindsNoDifference() {
        long appended = GeneratedCases.append(events, CASES);
        openCase();
        long head = allCaughtUp();
        Map<String, String> before = fingerprints();
        assertThat(before.values()).allMatch(print -> !print.startsWith("0 rows"));

        for (ReadModel model : models) {
            long started = System.nanoTime();
            // Accepted, then carried out by the nodes' coordinators: follow it until the model is reset and
            // this node's processor started again; from there the processor's status tells the rebuild.
            String replay = admin.post("/api/admin/projections/" + model.name() + "/replay", "").expectStatus(202)
                    .header("Location");
            JsonNode rejoined = Eventually.until("replay of " + model.name() + " reset and rejoined",
                    () -> admin.get(replay).expectStatus(200).json(), r -> r.get("rejoined").asBoolean());
            assertThat(rejoined.get("state").asText()).isEqualTo("RESET");
            int readsDuringReplay = 0;
            Double reportedRate = null;
            JsonNode status = readModelStatus(model.name());
            while (!done(status)) {
                caseworker.get("/api/board").expectStatus(200);
                caseworker.get("/api/cases?size=5").expectStatus(200);
                readsDuringReplay++;
                if (status.hasNonNull("eventsPerSecond")) {
                    reportedRate = status.get("eventsPerSecond").asDouble();
                }
                status = readModelStatus(model.name());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("replay of %-14s %6d events in %5.2f s = %7.0f events/s (endpoint reported %s); "
                            + "%d rounds of reads answered 200 meanwhile%n", model.name(), head + 1, seconds,
                    (head + 1) / seconds, reportedRate == null ? "-" : reportedRate + "/s", readsDuringReplay);
        }

        assertThat(fingerprints()).isEqualTo(before);
        JsonNode report = admin.get("/api/admin/projections/consistency").expectStatus(200).json();
        assertThat(report.get("differences").asLong()).as("%s", report).isZero();
        assertThat(report.get("eventsCounted").asLong()).isGreaterThanOrEqualTo(appended);
        assertThat(report.get("models")).hasSize(5);
    }

    @Test
    void replayAndConsistencyAreForAdminsOnly() {
        caseworker.post("/api/admin/projections/history/replay", "").expectProblem(403, "FORBIDDEN");
        auditor.get("/api/admin/projections").expectProblem(403, "FORBIDDEN");
        admin.post("/api/admin/projections/nonsense/replay", "").expectProblem(404, "UNKNOWN_PROJECTION");
        admin.get("/api/admin/projections/history/replays/999999").expectProblem(404, "UNKNOWN_REPLAY");
        caseworker.get("/api/admin/projections/history/replays/latest").expectProblem(403, "FORBIDDEN");
        JsonNode statuses = admin.get("/api/admin/projections").expectStatus(200).json();
        assertThat(statuses.findValuesAsText("name"))
                .containsExactly("board", "correspondence", "history", "search", "sightings");
        assertThat(statuses.get(0).get("head").asLong()).isGreaterThanOrEqualTo(-1);
    }

    private long allCaughtUp() {
        long head = events.createHeadToken().position().orElse(-1);
        Eventually.until("every processor at the head", () -> admin.get("/api/admin/projections").json(),
                statuses -> {
                    for (JsonNode s : statuses) {
                        if (!done(s) || s.get("position").asLong() < head) {
                            return false;
                        }
                    }
                    return true;
                });
        return head;
    }

    private static boolean done(JsonNode status) {
        return status.get("caughtUp").asBoolean() && !status.get("replaying").asBoolean()
                && status.hasNonNull("position") && status.get("position").asLong() >= status.get("head").asLong();
    }


    /** Row count and a digest of every row of every read model table. */
    private Map<String, String> fingerprints() {
        Map<String, String> prints = new TreeMap<>();
        for (ReadModel model : models) {
            for (String table : model.tables()) {
                prints.put(table, jdbc.queryForObject("SELECT count(*) || ' rows ' || coalesce(md5(string_agg(t::text,"
                        + " '|' ORDER BY t::text)), '') FROM " + table + " t", String.class));
            }
        }
        return prints;
    }
}
