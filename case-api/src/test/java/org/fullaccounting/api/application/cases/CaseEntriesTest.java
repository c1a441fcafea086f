package org.fullaccounting.api.application.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.*;

/** Every kind of entry over HTTP: 201 with the new entry's id, and the rules' refusals. */
class CaseEntriesTest extends ApiTest {

    @Test
    void aSightingIsRecordedWithItsOwnIdAndTheCasesNewVersion() {
        UUID caseId = openCase();

        Api.Response reported = caseworker.post("/api/cases/" + caseId + "/sightings", sighting()).expectStatus(201);

        JsonNode body = reported.json();
        assertThat(body.get("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(UUID.fromString(body.get("entryId").asText())).isNotNull();
        assertThat(body.get("version").asLong()).isEqualTo(2);
        assertThat(reported.header("ETag")).isEqualTo("\"2\"");
        assertThat(caseworker.get("/api/cases/" + caseId).json().get("counts").get("SIGHTING").asInt()).isEqualTo(1);
    }

    @Test
    void aSightingReportedBeforeItWasObservedIs400OnReportedOn() {
        UUID caseId = openCase();

        Api.Response refused = caseworker.post("/api/cases/" + caseId + "/sightings",
                with(sighting(), "reportedOn", "1978"));

        refused.expectProblem(400, "REPORTED_BEFORE_OBSERVED");
        assertThat(refused.errorFields()).containsExactly("reportedOn");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aSightingIsAssessedAndItsAssessmentCanBeRevised() {
        UUID caseId = openCase();
        String sightingId = caseworker.post("/api/cases/" + caseId + "/sightings", sighting()).json()
                .get("entryId").asText();
        String assessments = "/api/cases/" + caseId + "/sightings/" + sightingId + "/assessments";

        caseworker.post(assessments, Map.of("assessment", "UNRESOLVED", "reason", "unnamed Americans"))
                .expectStatus(201);
        caseworker.post(assessments, Map.of("assessment", "UNRESOLVED", "reason", "again"))
                .expectProblem(409, "SAME_ASSESSMENT");
        caseworker.post(assessments, Map.of("assessment", "NOT_CORRELATED", "reason", "no match")).expectStatus(201);
    }

    @Test
    void assessingAnUnknownSightingIs404() {
        UUID caseId = openCase();

        caseworker.post("/api/cases/" + caseId + "/sightings/" + UUID.randomUUID() + "/assessments",
                Map.of("assessment", "CORRELATED", "reason", "r")).expectProblem(404, "UNKNOWN_SIGHTING");
    }

    @Test
    void reclassifyingChangesTheStatusAndTheSameStatusAgainIs409() {
        UUID caseId = openCase();
        String reclassifications = "/api/cases/" + caseId + "/reclassifications";

        caseworker.post(reclassifications, reclassification("MISSING_PRESUMED_DEAD", "1954")).expectStatus(201);
        caseworker.post(reclassifications, reclassification("PRISONER_OF_WAR", "1983")).expectStatus(201);
        JsonNode problem = caseworker.post(reclassifications, reclassification("PRISONER_OF_WAR", "1984"))
                .expectProblem(409, "SAME_STATUS");

        assertThat(problem.get("field").asText()).isEqualTo("to");
        assertThat(caseworker.get("/api/cases/" + caseId).json().get("status").asText()).isEqualTo("PRISONER_OF_WAR");
    }

    @Test
    void aReclassificationWithoutAuthorityOrSourceIs400NamingBoth() {
        UUID caseId = openCase();

        Api.Response refused = caseworker.post("/api/cases/" + caseId + "/reclassifications",
                with(with(reclassification("PRISONER_OF_WAR", "1983"), "authority", null), "source", " "));

        refused.expectProblem(400, "VALIDATION_FAILED");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("authority", "source");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void correspondenceIsLogged() {
        UUID caseId = openCase();

        caseworker.post("/api/cases/" + caseId + "/correspondence", correspondence()).expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/correspondence", with(correspondence(), "kind", "FAX"))
                .expectProblem(400, "MALFORMED_FIELD");

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("counts").get("CORRESPONDENCE").asInt())
                .isEqualTo(1);
    }

    @Test
    void captivityFactsNeedTheirOwnDetails() {
        UUID caseId = openCase();
        String captivity = "/api/cases/" + caseId + "/captivity";

        caseworker.post(captivity, Map.of("kind", "CAPTURED", "on", "1950-11-04", "place", "near the Yalu River",
                "by", "Chinese forces", "source", "petition")).expectStatus(201);
        Api.Response refused = caseworker.post(captivity, Map.of("kind", "INTERNED", "source", "petition"));

        refused.expectProblem(400, "FIELD_REQUIRED");
        assertThat(refused.errorFields()).containsExactly("camp");
        caseworker.post(captivity, Map.of("kind", "INTERNED", "camp", "Camp 5", "place", "Pyoktong",
                "source", "petition")).expectStatus(201);
    }

    @Test
    void identifiedRemainsAccountForTheCaseButOnlyAfterTheirRecovery() {
        UUID caseId = openCase();
        String remains = "/api/cases/" + caseId + "/remains";

        caseworker.post(remains, Map.of("kind", "IDENTIFIED", "date", "2020", "method", "MTDNA", "source", "lab"))
                .expectProblem(409, "NO_REMAINS_RECOVERED");
        caseworker.post(remains, Map.of("kind", "RECOVERED", "date", "2018-07", "operation", "K55", "source", "lab"))
                .expectStatus(201);
        caseworker.post(remains, Map.of("kind", "IDENTIFIED", "date", "2020", "method", "MTDNA", "source", "lab"))
                .expectStatus(201);

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("status").asText()).isEqualTo("ACCOUNTED_FOR");
    }

    @Test
    void lastSeenAliveIsDesignatedAndRemovedWithSources() {
        UUID caseId = openCase();
        String lastSeenAlive = "/api/cases/" + caseId + "/last-seen-alive";

        caseworker.post(lastSeenAlive, Map.of("source", "Last Seen Alive list")).expectStatus(201);
        assertThat(caseworker.get("/api/cases/" + caseId).json().get("lastSeenAlive").asBoolean()).isTrue();
        caseworker.post(lastSeenAlive, Map.of("source", "Last Seen Alive list"))
                .expectProblem(409, "ALREADY_LAST_SEEN_ALIVE");
        caseworker.post(lastSeenAlive, Map.of("designated", false, "source", "review board", "reason", "remains found"))
                .expectStatus(201);

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("lastSeenAlive").asBoolean()).isFalse();
    }

    @Test
    void aRetractedEntryStaysInTheStreamAndIsCountedAsRetracted() {
        UUID caseId = openCase();
        String noteId = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "wrong case"))
                .json().get("entryId").asText();

        caseworker.post("/api/cases/" + caseId + "/corrections",
                Map.of("entryId", noteId, "action", "RETRACT", "reason", "entered on the wrong case")).expectStatus(201);

        JsonNode current = caseworker.get("/api/cases/" + caseId).json();
        assertThat(current.get("retractedEntries").asInt()).isEqualTo(1);
        assertThat(current.get("counts").has("NOTE")).isFalse();
        assertThat(eventCount(caseId)).isEqualTo(3);
        caseworker.post("/api/cases/" + caseId + "/corrections",
                Map.of("entryId", noteId, "action", "RETRACT", "reason", "twice")).expectProblem(409, "ENTRY_RETRACTED");
    }

    @Test
    void aCorrectionStandsBesideTheOriginal() {
        UUID caseId = openCase();
        String reclassificationId = caseworker.post("/api/cases/" + caseId + "/reclassifications",
                reclassification("PRISONER_OF_WAR", "1983")).json().get("entryId").asText();

        caseworker.post("/api/cases/" + caseId + "/corrections", Map.of("entryId", reclassificationId,
                "action", "CORRECT", "field", "effectiveOn", "value", "1984",
                "reason", "another source dates the order 1984", "source", "second source")).expectStatus(201);

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("counts").get("RECLASSIFICATION").asInt())
                .isEqualTo(1);
        caseworker.post("/api/cases/" + caseId + "/corrections", Map.of("entryId", UUID.randomUUID().toString(),
                "action", "RETRACT", "reason", "r")).expectProblem(400, "UNKNOWN_ENTRY");
    }

    @Test
    void notesNeedText() {
        UUID caseId = openCase();

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "called the family")).expectStatus(201);
        Api.Response refused = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", ""));

        refused.expectProblem(400, "VALIDATION_FAILED");
        assertThat(refused.errorFields()).containsExactly("text");
    }
}
