package org.fullaccounting.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.reads.Eventually;
import org.fullaccounting.api.web.WebSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a read model cannot apply is parked, with its position and cause, and the stream goes
 * on: other cases keep being projected, the same case's later events wait behind it. The status
 * and the admin page say so; a retry after the cause is removed applies them.
 */
class DeadLettersTest extends ApiTest {

    @Test
    void anEventTheHistoryCannotApplyIsParkedOtherCasesGoOnAndARetryAfterTheFixAppliesIt() {
        UUID poisoned;
        String marker;
        // The cause: the history table refuses this one note, as a database would refuse a bad row.
        try (RefusedNote refused = RefusedNote.marked(superuser(), "poison").refuse()) {
            marker = refused.marker();
            poisoned = openCase();
            addNote(poisoned, marker);
            addNote(poisoned, "written after the refused note");
            UUID other = openCase();
            long version = addNote(other, "another case goes on");

            // The failed batch is re-run (after the processor's back-off) with savepoints, and goes past it.
            Eventually.until("the other case's history", () -> caseworker.get("/api/cases/" + other
                    + "/history?minVersion=" + version).status(), status -> status == 200);
            JsonNode status = Eventually.until("the history's parked events counted",
                    () -> readModelStatus("history"), s -> s.get("deadLetters").asLong() == 2);
            assertThat(status.get("error").asBoolean()).isTrue();
            assertThat(status.get("deadLetterCases").asLong()).isEqualTo(1);
            assertThat(status.get("lastError").asText()).contains("refused").contains(marker);
            assertThat(readModelStatus("board").get("deadLetters").asLong()).isZero();

            List<JsonNode> parked = new ArrayList<>();
            admin.get("/api/admin/projections/history/dead-letters").expectStatus(200).json().forEach(parked::add);
            assertThat(parked).hasSize(2).allSatisfy(letter -> {
                assertThat(letter.get("caseId").asText()).isEqualTo(poisoned.toString());
                assertThat(letter.get("eventType").asText()).isEqualTo("NoteAddedEvent");
                assertThat(letter.get("position").isIntegralNumber()).isTrue();
                assertThat(letter.get("enqueuedAt").asText()).isNotBlank();
            });
            assertThat(parked.get(0).get("sequenceNumber").asLong()).isEqualTo(1);
            assertThat(parked.get(0).get("cause").asText()).contains(marker);
            assertThat(parked.get(1).get("sequenceNumber").asLong()).isEqualTo(2);
            assertThat(historyRows(poisoned)).isEqualTo(1);

            WebSession page = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
            assertThat(page.get("/admin").body()).contains("2 events parked in 1 cases").contains(marker)
                    .contains("Retry parked events of history");
            admin.post("/api/admin/projections/history/dead-letters/retry", "").expectStatus(200);
            assertThat(readModelStatus("history").get("deadLetters").asLong()).as("still refused").isEqualTo(2);
        }

        WebSession page = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        HttpResponse<String> retried = page.postForm("/admin", "/admin/projections/history/dead-letters/retry",
                Map.of());

        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(admin.get("/api/admin/projections/history/dead-letters").json()).isEmpty();
        assertThat(readModelStatus("history").get("error").asBoolean()).isFalse();
        assertThat(historyRows(poisoned)).isEqualTo(3);
    }

    @Test
    void deadLettersAreForAdminsOnly() {
        caseworker.get("/api/admin/projections/history/dead-letters").expectProblem(403, "FORBIDDEN");
        caseworker.post("/api/admin/projections/history/dead-letters/retry", "").expectProblem(403, "FORBIDDEN");
        admin.get("/api/admin/projections/nonsense/dead-letters").expectProblem(404, "UNKNOWN_PROJECTION");
        admin.post("/api/admin/projections/nonsense/dead-letters/retry", "").expectProblem(404, "UNKNOWN_PROJECTION");
    }


    private int historyRows(UUID caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM history_entry WHERE case_id = ?", Integer.class, caseId);
    }
}
