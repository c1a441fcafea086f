package org.fullaccounting.api.application.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.casefile.CaseFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CaseFile revision 2 keeps only what its rules read. A snapshot stored by the earlier shape (no
 * revision, with name, rank, unit and loss fields) cannot be read into it, so Axon's revision filter
 * discards it and the case is rebuilt from its events.
 */
class OldSnapshotTest extends ApiTest {

    @Autowired
    Serializer serializer;

    @Test
    void aCaseWithASnapshotOfTheOldShapeIsRebuiltFromItsEventsAndTakesWrites() {
        UUID caseId = openCase();
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "payload, payload_type, time_stamp) VALUES (?, 0, 'CaseFile', ?, convert_to(?, 'UTF8'), ?, ?)",
                caseId.toString(), UUID.randomUUID().toString(), oldShape(caseId), CaseFile.class.getName(),
                java.time.Instant.now().toString());

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "after the upgrade"))
                .expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/reclassifications", Map.of("to", "MISSING_IN_ACTION",
                "effectiveOn", "1990", "authority", "review", "source", "file")).expectProblem(409, "SAME_STATUS");

        assertThat(caseworker.get("/api/cases/" + caseId).header("ETag")).isEqualTo("\"2\"");
        JsonNode verified = auditor.get("/api/audit/cases/" + caseId + "/verify").json();
        assertThat(verified.get("valid").asBoolean()).isTrue();
        assertThat(verified.get("rejectedSnapshots").get(0).get("reason").asText())
                .as("an old format is told apart from a forgery").contains("an older format of the case (no revision)");
    }

    @Test
    void theOldShapeCannotBeReadIntoTheNewCaseFileWhichIsWhyItIsDiscarded() {
        SimpleSerializedObject<byte[]> old = new SimpleSerializedObject<>(
                oldShape(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), byte[].class, CaseFile.class.getName(),
                null);

        assertThatThrownBy(() -> serializer.deserialize(old)).hasStackTraceContaining("Unrecognized field \"serviceNumber\"");
    }

    /** CaseFile as revision 1 stored it: every header field beside the rules' state. */
    private static String oldShape(UUID caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"serviceNumber\":\"OLD-1\",\"name\":{\"family\":\"Doe\",\"given\":\"John\","
                + "\"middle\":null},\"rank\":\"Pvt.\",\"branch\":\"ARMY\",\"unit\":\"8th Cavalry\",\"lossDate\":\"1950-11\","
                + "\"lossPlace\":\"Unsan\",\"status\":\"ACCOUNTED_FOR\",\"lastSeenAlive\":false,\"entries\":{\"" + caseId
                + "\":\"CASE_OPENED\"},\"retracted\":[],\"sightings\":{},\"statusChanges\":[],\"designationChanges\":[],"
                + "\"activeRecoveries\":[],\"activeIdentifications\":[],\"linkedFamily\":[]}";
    }
}
