package org.fullaccounting.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay rebuilds its read models in one pass over the store (ReadModelCatchUp) and hands them
 * back to their processors at the head; a pass that meets an event it cannot apply stops there, and
 * the processor goes on from the last chunk it stored, parks that event, and applies nothing twice.
 */
class ReadModelCatchUpTest extends ApiTest {

    private static final List<String> MODELS = List.of("board", "correspondence", "history", "search", "sightings");

    @Autowired
    private EventStore events;

    @Autowired
    private MeterRegistry metrics;

    @Test
    void replayingEveryModelCatchesThemUpInOnePassAndTheirProcessorsGoOnFromTheHead() {
        long appended = GeneratedCases.append(events, 100);
        double before = caughtUpEvents();

        replayAndWait(MODELS);

        assertThat(caughtUpEvents() - before).as("events applied by the catch-up").isGreaterThanOrEqualTo(appended);
        assertThat(differences()).isZero();
        UUID caseId = openCase();
        long version = addNote(caseId, "written after the catch-up");
        caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).expectStatus(200);
    }

    @Test
    void aPassThatMeetsAnEventItCannotApplyStopsAndTheProcessorParksItAndGoesOn() {
        RefusedNote refused = RefusedNote.marked(superuser(), "refused-in-the-catch-up");
        UUID poisoned = openCase();
        addNote(poisoned, refused.marker());
        long version = addNote(poisoned, "after the refused one");
        // Applied by the running model before the refusal starts: only the pass may meet it refused.
        caseworker.get("/api/cases/" + poisoned + "/history?minVersion=" + version).expectStatus(200);
        GeneratedCases.append(events, 20);
        double stoppedBefore = metrics.counter("fa.readmodels.catchup.stopped").count();
        try (RefusedNote refusing = refused.refuse()) {
            replayAndWait(List.of("history"));

            assertThat(metrics.counter("fa.readmodels.catchup.stopped").count()).isGreaterThan(stoppedBefore);
            assertThat(readModelStatus("history").get("deadLetters").asLong()).isEqualTo(2);
            assertThat(historyRows(poisoned)).as("the opening only").isEqualTo(1);
        }
        admin.post("/api/admin/projections/history/dead-letters/retry", "").expectStatus(200);
        assertThat(historyRows(poisoned)).isEqualTo(3);
        assertThat(differences()).as("each event applied once").isZero();
    }

    private void replayAndWait(List<String> models) {
        List<String> replays = new ArrayList<>();
        for (String model : models) {
            replays.add(admin.post("/api/admin/projections/" + model + "/replay", "").expectStatus(202)
                    .header("Location"));
        }
        for (String replay : replays) {
            Eventually.until("replay " + replay + " rejoined", Duration.ofMinutes(2),
                    () -> admin.get(replay).expectStatus(200).json(), r -> r.get("rejoined").asBoolean());
        }
        long head = events.createHeadToken().position().orElse(-1);
        for (String model : models) {
            Eventually.until(model + " at the head", Duration.ofMinutes(2), () -> readModelStatus(model),
                    s -> s.get("caughtUp").asBoolean() && !s.get("replaying").asBoolean()
                            && s.hasNonNull("position") && s.get("position").asLong() >= head);
        }
    }

    private double caughtUpEvents() {
        return metrics.counter("fa.readmodels.catchup.events").count();
    }

    private long differences() {
        JsonNode report = admin.get("/api/admin/projections/consistency").expectStatus(200).json();
        return report.get("differences").asLong();
    }


    private int historyRows(UUID caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM history_entry WHERE case_id = ?", Integer.class, caseId);
    }
}
