package org.fullaccounting.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.sighting;

/** A write answers with the case's version; a history read with minVersion sees that write. */
class ReadYourWritesTest extends ApiTest {

    @Test
    void aCaseworkerWhoReadsTheHistoryWithTheWrittenVersionSeesTheNewEntry() {
        UUID caseId = openCase();
        long misses = 0;
        long slowest = 0;
        for (int i = 0; i < 20; i++) {
            JsonNode written = caseworker.post("/api/cases/" + caseId + "/sightings", sighting()).expectStatus(201)
                    .json();
            long version = written.get("version").asLong();
            String entryId = written.get("entryId").asText();
            if (caseworker.get("/api/cases/" + caseId + "/history").json().get("version").asLong() < version) {
                misses++;
            }
            long started = System.nanoTime();
            JsonNode history = caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version)
                    .expectStatus(200).json();
            slowest = Math.max(slowest, System.nanoTime() - started);

            assertThat(history.get("version").asLong()).isGreaterThanOrEqualTo(version);
            assertThat(history.get("entries").findValuesAsText("entryId")).contains(entryId);
        }
        System.out.printf("read-your-writes: %d of 20 plain reads right after a write missed it; "
                + "slowest read with minVersion %.1f ms%n", misses, slowest / 1e6);
    }

    @Test
    void aVersionNoWriteHasReachedIs400AtOnceNamingMinVersion() {
        UUID caseId = openCase();

        JsonNode problem = caseworker.get("/api/cases/" + caseId + "/history?minVersion=2147483648")
                .expectProblem(400, "INVALID_PARAMETER");

        assertThat(problem.toString()).contains("minVersion");
    }

    @Test
    void aWrittenVersionTheModelCannotApplyAnswers503WithRetryAfterAfterTheWait() {
        UUID caseId = openCase();
        // The opening must be in the model first: in a busy full build the processor can still be
        // behind it when the note is read, and the answer would then report version 0, not 1.
        Eventually.until("the opening in the history model",
                () -> caseworker.get("/api/cases/" + caseId + "/history?minVersion=1").status(), status -> status == 200);
        String marker = "behind-" + UUID.randomUUID();
        String trigger = "refuse_" + marker.replace('-', '_');
        // The history table refuses this note, so the model parks it and never reaches version 2.
        superuser().execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.text LIKE '%" + marker + "%' THEN RAISE EXCEPTION 'refused'; END IF;"
                + " RETURN NEW; END $$");
        superuser().execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON history_entry FOR EACH ROW"
                + " EXECUTE FUNCTION " + trigger + "()");
        try {
            long version = caseworker.post("/api/cases/" + caseId + "/notes", java.util.Map.of("text", marker))
                    .expectStatus(201).json().get("version").asLong();

            Api.Response behind = caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version);
            JsonNode problem = behind.expectProblem(503, "READ_MODEL_BEHIND");

            assertThat(behind.header("Retry-After")).isEqualTo("1");
            assertThat(problem.get("requestedVersion").asLong()).isEqualTo(version);
            assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);
        } finally {
            superuser().execute("DROP TRIGGER IF EXISTS " + trigger + " ON history_entry");
            superuser().execute("DROP FUNCTION IF EXISTS " + trigger + "()");
            Eventually.until("the parked note applied after the retry", () -> {
                admin.post("/api/admin/projections/history/dead-letters/retry", "");
                return admin.get("/api/admin/projections/history/dead-letters").json().size();
            }, parked -> parked == 0);
        }
    }

    @Test
    void theHistoryIsReadThroughCaseAccess() {
        UUID caseId = openCase();

        auditor.get("/api/cases/" + caseId + "/history?minVersion=1").expectStatus(200);
        family.get("/api/cases/" + caseId + "/history").expectProblem(404, "UNKNOWN_CASE");
        admin.get("/api/cases/" + caseId + "/history").expectProblem(403, "FORBIDDEN");
        caseworker.get("/api/cases/" + UUID.randomUUID() + "/history").expectProblem(404, "UNKNOWN_CASE");
        caseworker.get("/api/cases/" + caseId + "/history?minVersion=0").expectProblem(400, "INVALID_PARAMETER");
        assertThat(caseworker.get("/api/cases/" + caseId + "/history?asOf=yesterday")
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("asOf");
        assertThat(caseworker.get("/api/cases/" + caseId + "?asOf=yesterday")
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("asOf");
    }
}
