package org.fullaccounting.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Snapshots are derived from the chained events and may not stand in for them: a snapshot that
 * does not match its seal is not used (the case is rebuilt from its events) and verify names it;
 * the application's own connection can neither rewrite one nor delete the newest.
 */
class SnapshotTamperTest extends ApiTest {

    @Autowired
    EventStore storage;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSnapshotRewrittenBehindTheApplicationsBackIsNotUsedAndVerifyNamesIt() {
        UUID caseId = caseWithSnapshotAt(150);

        Tampering.forgeSnapshotStatus(superuser(), caseId);
        assertThat(superuser().queryForObject("SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, caseId.toString()))
                .as("the forgery is in place").contains("\"status\":\"ACCOUNTED_FOR\"");

        JsonNode served = caseworker.get("/api/cases/" + caseId).expectStatus(200).json();
        assertThat(served.get("status").asText()).isEqualTo("MISSING_IN_ACTION");
        assertThat(served.get("version").asLong()).isEqualTo(151);
        // Nor do the rules take the forgery: to them the case is still MISSING_IN_ACTION.
        caseworker.post("/api/cases/" + caseId + "/reclassifications", java.util.Map.of("to", "MISSING_IN_ACTION",
                "effectiveOn", "1990", "authority", "review", "source", "file")).expectProblem(409, "SAME_STATUS");

        JsonNode verification = auditor.get("/api/audit/cases/" + caseId + "/verify").expectStatus(200).json();
        assertThat(verification.get("valid").asBoolean()).as("the events themselves are intact").isTrue();
        assertThat(verification.get("snapshotsValid").asBoolean()).isFalse();
        assertThat(verification.get("rejectedSnapshots").get(0).get("sequenceNumber").asLong()).isEqualTo(150);
        assertThat(verification.get("rejectedSnapshots").get(0).get("reason").asText()).contains("content differs");
    }

    @Test
    void aSnapshotWhoseEventsWereRewrittenIsNotUsed() {
        UUID caseId = caseWithSnapshotAt(150);

        // A determined attacker rewrites the event's chain link: the snapshot's seal names the old one.
        asSuperuserWithoutTriggers("UPDATE event_chain SET hash = sha256(hash) WHERE aggregate_identifier = '"
                + caseId + "' AND sequence_number = 150");

        JsonNode verification = auditor.get("/api/audit/cases/" + caseId + "/verify").json();
        assertThat(verification.get("snapshotsValid").asBoolean()).isFalse();
        assertThat(verification.get("rejectedSnapshots").get(0).get("reason").asText())
                .contains("not the ones in the chain");
        assertThat(caseworker.get("/api/cases/" + caseId).json().get("version").asLong()).isEqualTo(151);
    }

    @Test
    void aSnapshotForgedThroughTheApplicationsOwnCredentialsIsNamedByVerify() {
        UUID caseId = caseWithSnapshotAt(150);
        Map<String, Object> genuine = jdbc.queryForMap("SELECT type, meta_data, convert_from(payload, 'UTF8') AS payload, "
                + "payload_type, payload_revision, time_stamp FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                caseId.toString());
        // The application's role may store snapshots (Axon does), and the seal records what is stored: a
        // forgery stored through that role in place of the true one is only shown by rebuilding it from the events.
        asSuperuserWithoutTriggers("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = '" + caseId + "'");
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "meta_data, payload, payload_type, payload_revision, time_stamp) "
                        + "VALUES (?, 150, ?, ?, ?, convert_to(?, 'UTF8'), ?, ?, ?)",
                caseId.toString(), genuine.get("type"), UUID.randomUUID().toString(), genuine.get("meta_data"),
                ((String) genuine.get("payload")).replace("\"status\":\"MISSING_IN_ACTION\"", "\"status\":\"ACCOUNTED_FOR\""),
                genuine.get("payload_type"), genuine.get("payload_revision"), genuine.get("time_stamp"));

        JsonNode verification = auditor.get("/api/audit/cases/" + caseId + "/verify").json();

        assertThat(verification.get("snapshotsValid").asBoolean()).isFalse();
        assertThat(verification.get("rejectedSnapshots").get(0).get("reason").asText())
                .contains("not what the case's events give");
    }

    @Test
    void anUntouchedSnapshotIsUsedAndVerifies() {
        UUID caseId = caseWithSnapshotAt(150);

        JsonNode verification = auditor.get("/api/audit/cases/" + caseId + "/verify").json();

        assertThat(verification.get("snapshotsValid").asBoolean()).isTrue();
        assertThat(verification.get("rejectedSnapshots")).isEmpty();
        assertThat(superuser().queryForObject("SELECT count(*) FROM snapshot_seal WHERE aggregate_identifier = ?",
                Integer.class, caseId.toString())).isEqualTo(1);
    }

    @Test
    void theApplicationCannotRewriteASnapshotNorDeleteTheNewest() {
        UUID caseId = caseWithSnapshotAt(150);

        assertThatThrownBy(() -> jdbc.update("UPDATE snapshot_event_entry SET payload = payload WHERE "
                + "aggregate_identifier = ?", caseId.toString())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                caseId.toString())).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE snapshot_seal SET content_hash = content_hash WHERE "
                + "aggregate_identifier = ?", caseId.toString())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE snapshot_event_entry"))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aNewerSnapshotStillReplacesTheOlderOne() {
        UUID caseId = caseWithSnapshotAt(150);
        appendNotes(caseId, 151, 300);

        assertThat(Tampering.loadCase(axon, caseId).value()).isEqualTo(301);

        assertThat(jdbc.queryForList("SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, caseId.toString())).containsExactly(300L);
    }

    /** A case with notes up to {@code lastSequence}, loaded once so Axon snapshots it (every 100 events). */
    private UUID caseWithSnapshotAt(long lastSequence) {
        UUID caseId = openCase();
        appendNotes(caseId, 1, lastSequence);
        assertThat(Tampering.loadCase(axon, caseId).value()).isEqualTo(lastSequence + 1);
        assertThat(jdbc.queryForObject("SELECT max(sequence_number) FROM snapshot_event_entry WHERE "
                + "aggregate_identifier = ?", Long.class, caseId.toString())).isEqualTo(lastSequence);
        return caseId;
    }

    private void appendNotes(UUID caseId, long first, long last) {
        Tampering.appendNotes(storage, transaction, caseId, first, last);
    }

    private static void asSuperuserWithoutTriggers(String sql) {
        Tampering.asSuperuserWithoutTriggers(superuser(), sql);
    }
}
