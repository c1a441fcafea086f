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
        long version = note(caseId, "written after the catch-up");
        caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).expectStatus(200);
    }

    @Test
    void aPassThatMeetsAnEventItCannotApplyStopsAndTheProcessorParksItAndGoesOn() {
        String marker = "refused-in-the-catch-up-" + UUID.randomUUID();
        UUID poisoned = openCase();
        note(poisoned, marker);
        note(poisoned, "after the refused one");
        GeneratedCases.append(events, 20);
        String trigger = "refuse_" + marker.replace('-', '_');
        superuser().execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.text LIKE '%" + marker + "%' THEN RAISE EXCEPTION 'refused %', NEW.text; END IF;"
                + " RETURN NEW; END $$");
        superuser().execute("CREATE TRIGGER " + trigger + " BEFORE INSERT OR UPDATE ON history_entry FOR EACH ROW"
                + " EXECUTE FUNCTION " + trigger + "()");
        double stoppedBefore = metrics.counter("fa.readmodels.catchup.stopped").count();
        try {
            replayAndWait(List.of("history"));

            assertThat(metrics.counter("fa.readmodels.catchup.stopped").count()).isGreaterThan(stoppedBefore);
            assertThat(status("history").get("deadLetters").asLong()).isEqualTo(2);
            assertThat(historyRows(poisoned)).as("the opening only").isEqualTo(1);
        } finally {
            superuser().execute("DROP TRIGGER IF EXISTS " + trigger + " ON history_entry");
            superuser().execute("DROP FUNCTION IF EXISTS " + trigger + "()");
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
            Eventually.until(model + " at the head", Duration.ofMinutes(2), () -> status(model),
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

    private long note(UUID caseId, String text) {
        return caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", text)).expectStatus(201)
                .json().get("version").asLong();
    }

    private int historyRows(UUID caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM history_entry WHERE case_id = ?", Integer.class, caseId);
    }

    private JsonNode status(String name) {
        for (JsonNode s : admin.get("/api/admin/projections").expectStatus(200).json()) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no read model " + name);
    }
}
