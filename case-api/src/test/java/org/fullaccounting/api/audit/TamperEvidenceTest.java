package org.fullaccounting.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;

import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each case's events form a hash chain; changing history in SQL shows at the changed event. */
class TamperEvidenceTest extends ApiTest {

    @Test
    void anUntouchedCaseVerifies() {
        UUID caseId = caseWithNotes(3);

        JsonNode verification = auditor.get("/api/audit/cases/" + caseId + "/verify").expectStatus(200).json();

        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isEqualTo(4);
        assertThat(verification.get("headHash").asText()).hasSize(64);
    }

    @Test
    void anEventAlteredInSqlBreaksTheChainAtThatEvent() {
        UUID caseId = caseWithNotes(3);

        asSuperuserWithoutTriggers("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, "
                + "'UTF8'), 'note 2', 'a forged note'), 'UTF8') WHERE aggregate_identifier = '" + caseId
                + "' AND sequence_number = 2");

        JsonNode verification = auditor.get("/api/audit/cases/" + caseId + "/verify").expectStatus(200).json();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("brokenAt").get("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(verification.get("brokenAt").get("reason").asText()).contains("content or metadata");
        assertThat(verification.get("events").asLong()).isEqualTo(2);
        assertThat(auditor.get("/api/audit/access-log?caseId=" + caseId).json().findValuesAsText("what"))
                .as("the access log holds the verification this test made")
                .contains("GET /api/audit/cases/" + caseId + "/verify");
    }

    @Test
    void alteredMetadataBreaksTheChainToo() {
        UUID caseId = caseWithNotes(2);

        asSuperuserWithoutTriggers("UPDATE domain_event_entry SET meta_data = convert_to(replace(convert_from(meta_data, "
                + "'UTF8'), 'test-caseworker', 'someone-else'), 'UTF8') WHERE aggregate_identifier = '" + caseId
                + "' AND sequence_number = 1");

        JsonNode verification = auditor.get("/api/audit/cases/" + caseId + "/verify").json();
        assertThat(verification.get("brokenAt").get("sequenceNumber").asLong()).isEqualTo(1);
    }

    @Test
    void aDeletedEventBreaksTheChainWhereItWas() {
        UUID caseId = caseWithNotes(3);
        String row = "aggregate_identifier = '" + caseId + "' AND sequence_number = 1";
        String kept = "tampered_" + caseId.toString().replace('-', '_');
        superuser().execute("CREATE TABLE " + kept + " AS SELECT * FROM domain_event_entry WHERE " + row);

        asSuperuserWithoutTriggers("DELETE FROM domain_event_entry WHERE " + row);
        try {
            JsonNode verification = auditor.get("/api/audit/cases/" + caseId + "/verify").json();
            assertThat(verification.get("valid").asBoolean()).isFalse();
            assertThat(verification.get("brokenAt").get("sequenceNumber").asLong()).isEqualTo(1);
            assertThat(verification.get("brokenAt").get("reason").asText()).contains("missing");
        } finally {
            // Put the event back: the other tests share this store, and the fuzz test's closing
            // consistency check would rightly count a case whose read models outlive a deleted event.
            asSuperuserWithoutTriggers("INSERT INTO domain_event_entry SELECT * FROM " + kept);
            superuser().execute("DROP TABLE " + kept);
        }
        assertThat(auditor.get("/api/audit/cases/" + caseId + "/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void theApplicationsOwnConnectionCannotRewriteOrDeleteHistory() {
        UUID caseId = caseWithNotes(1);

        // Refused twice over: the application's role has no such right, and the triggers refuse anyone.
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload = payload WHERE "
                + "aggregate_identifier = ?", caseId.toString())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM event_chain WHERE aggregate_identifier = ?",
                caseId.toString())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> superuser().update("UPDATE domain_event_entry SET payload = payload WHERE "
                + "aggregate_identifier = ?", caseId.toString())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuser().update("DELETE FROM event_chain WHERE aggregate_identifier = ?",
                caseId.toString())).hasMessageContaining("append-only");
        assertThat(auditor.get("/api/audit/cases/" + caseId + "/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void onlyAuditorsVerifyAndUnknownCasesAre404() {
        UUID caseId = caseWithNotes(0);

        caseworker.get("/api/audit/cases/" + caseId + "/verify").expectProblem(403, "FORBIDDEN");
        auditor.get("/api/audit/cases/" + UUID.randomUUID() + "/verify").expectProblem(404, "UNKNOWN_CASE");
    }

    private UUID caseWithNotes(int notes) {
        UUID caseId = openCase();
        for (int i = 1; i <= notes; i++) {
            caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "note " + i)).expectStatus(201);
        }
        return caseId;
    }

    /** What someone with the database's superuser rights could do behind the application's back. */
    private void asSuperuserWithoutTriggers(String sql) {
        superuser().execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                statement.execute(sql);
                statement.execute("SET session_replication_role = origin");
            }
            return null;
        });
    }
}
