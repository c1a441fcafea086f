package org.fullaccounting.api.determinations;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.with;

/** Presumptive findings of death and non-recoverable designations through the API, on PostgreSQL. */
class DeterminationsApiTest extends ApiTest {

    @Test
    void aPresumptiveFindingMakesTheCaseMissingPresumedDeadAndIsInItsHistory() {
        UUID caseId = openCase();

        long version = caseworker.post("/api/cases/" + caseId + "/presumptive-findings", Requests.presumptiveFinding())
                .expectStatus(201).json().get("version").asLong();

        JsonNode now = caseworker.get("/api/cases/" + caseId).expectStatus(200).json();
        assertThat(now.get("status").asText()).isEqualTo("MISSING_PRESUMED_DEAD");
        assertThat(now.get("counts").get("PRESUMPTIVE_FINDING").asInt()).isEqualTo(1);
        JsonNode history = caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version)
                .expectStatus(200).json();
        assertThat(entry(history, "PRESUMPTIVE_FINDING").get("text").asText())
                .contains("Department of the Army", "presuming death on 1954-02-26", "missing, presumed dead");
        assertThat(entry(history, "PRESUMPTIVE_FINDING").get("happenedOn").asText()).isEqualTo("1954-02-26");
    }

    @Test
    void aPresumedDeathAfterTheFindingIsRefusedNamingTheField() {
        UUID caseId = openCase();
        int before = eventCount(caseId);

        JsonNode problem = caseworker.post("/api/cases/" + caseId + "/presumptive-findings",
                with(Requests.presumptiveFinding(), "presumedDeathOn", "1954-03")).expectProblem(400,
                "PRESUMED_DEATH_AFTER_FINDING");

        assertThat(problem.toString()).contains("presumedDeathOn");
        assertThat(eventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aFindingNeedsItsDatesAndTheyMustBeDates() {
        UUID caseId = openCase();
        String path = "/api/cases/" + caseId + "/presumptive-findings";

        assertThat(caseworker.post(path, with(Requests.presumptiveFinding(), "presumedDeathOn", null))
                .expectStatus(400).errorFields()).contains("presumedDeathOn");
        assertThat(caseworker.post(path, with(Requests.presumptiveFinding(), "foundOn", "26 Feb 1954"))
                .expectStatus(400).errorFields()).contains("foundOn");
        assertThat(caseworker.post(path, with(Requests.presumptiveFinding(), "authority", "x\u0000"))
                .expectStatus(400).body()).contains("authority");
    }

    @Test
    void aSecondFindingIsAConflict() {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/presumptive-findings", Requests.presumptiveFinding())
                .expectStatus(201);

        caseworker.post("/api/cases/" + caseId + "/presumptive-findings", Requests.presumptiveFinding())
                .expectProblem(409, "NOT_IN_MISSING_STATUS");
    }

    @Test
    void aCaseIsDesignatedNonRecoverableOnceAndReopenedOnlyWhenDesignated() {
        UUID caseId = openCase();
        String path = "/api/cases/" + caseId;

        caseworker.post(path + "/non-recoverable-reopenings", Requests.reopening())
                .expectProblem(409, "NOT_NON_RECOVERABLE");
        caseworker.post(path + "/non-recoverable-designations", Requests.nonRecoverable()).expectStatus(201);
        assertThat(caseworker.get(path).json().get("nonRecoverable").asBoolean()).isTrue();
        caseworker.post(path + "/non-recoverable-designations", Requests.nonRecoverable())
                .expectProblem(409, "ALREADY_NON_RECOVERABLE");
        caseworker.post(path + "/non-recoverable-reopenings", with(Requests.reopening(), "reopenedOn", "1990"))
                .expectProblem(400, "REOPENED_BEFORE_DESIGNATION");
        caseworker.post(path + "/non-recoverable-reopenings", Requests.reopening()).expectStatus(201);

        assertThat(caseworker.get(path).json().get("nonRecoverable").asBoolean()).isFalse();
        assertThat(caseworker.post(path + "/non-recoverable-reopenings", with(Requests.reopening(), "reason", " "))
                .expectStatus(400).errorFields()).contains("reason");
    }

    @Test
    void aFamilySeesTheDeterminationsOfItsCaseButNotTheAnalystsSources() {
        UUID caseId = openCase();
        String path = "/api/cases/" + caseId;
        caseworker.post(path + "/presumptive-findings", Requests.presumptiveFinding()).expectStatus(201);
        caseworker.post(path + "/non-recoverable-designations", with(Requests.nonRecoverable(), "source",
                "ANALYSTS-MEMO-MARKER")).expectStatus(201);
        long version = caseworker.get(path).json().get("version").asLong();
        caseworker.get(path + "/history?minVersion=" + version).expectStatus(200);
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);

        JsonNode history = family.get(path + "/history").expectStatus(200).json();

        assertThat(kinds(history)).contains("PRESUMPTIVE_FINDING", "NON_RECOVERABLE");
        assertThat(entry(history, "PRESUMPTIVE_FINDING").get("source").asText()).contains("The Day");
        assertThat(entry(history, "NON_RECOVERABLE").has("source")).isFalse();
        assertThat(history.toString()).doesNotContain("ANALYSTS-MEMO-MARKER");
        JsonNode view = family.get(path).expectStatus(200).json();
        assertThat(view.get("status").asText()).isEqualTo("MISSING_PRESUMED_DEAD");
        assertThat(view.get("nonRecoverable").asBoolean()).isTrue();
    }

    static JsonNode entry(JsonNode history, String kind) {
        for (JsonNode entry : history.get("entries")) {
            if (kind.equals(entry.get("kind").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no " + kind + " entry in " + history);
    }

    static List<String> kinds(JsonNode history) {
        return history.get("entries").findValuesAsText("kind");
    }
}
