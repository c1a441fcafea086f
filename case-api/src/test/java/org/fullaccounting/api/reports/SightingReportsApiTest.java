package org.fullaccounting.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.with;

/** Sighting reports over HTTP on a real PostgreSQL: file, correlate, re-assess, the queue, and the cases' histories. */
class SightingReportsApiTest extends ApiTest {

    private UUID file(Map<String, Object> body) {
        return UUID.fromString(caseworker.post("/api/sighting-reports", body).expectStatus(201).json()
                .get("reportId").asText());
    }

    private void correlate(UUID reportId, UUID caseId, String assessment, String reason) {
        caseworker.post("/api/sighting-reports/" + reportId + "/correlations", Map.of("caseId", caseId,
                "assessment", assessment, "reason", reason)).expectStatus(201);
    }

    @Test
    void aCaseworkerFilesAReportWithADateRangeAndReadsItBackAtOnce() {
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", Requests.source("Senate hearing 1992 "
                + UUID.randomUUID())).expectStatus(201).json().get("sourceId").asText());

        var created = caseworker.post("/api/sighting-reports", with(with(Requests.sightingReport(), "observedOn",
                "1979-06/1979-09"), "sourceId", sourceId)).expectStatus(201);
        UUID reportId = UUID.fromString(created.json().get("reportId").asText());

        assertThat(created.header("Location")).endsWith("/api/sighting-reports/" + reportId);
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        JsonNode read = caseworker.get("/api/sighting-reports/" + reportId).expectStatus(200).json();
        assertThat(read.get("report").get("observedOn").asText()).isEqualTo("1979-06/1979-09");
        assertThat(read.get("report").get("sourceTitle").asText()).startsWith("Senate hearing 1992");
        assertThat(read.get("report").get("recordedBy").asText()).isEqualTo("test-caseworker");
        assertThat(read.get("correlations")).isEmpty();
        assertThat(auditor.get("/api/sighting-reports").expectStatus(200).json().findValuesAsText("reportId"))
                .contains(reportId.toString());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsRecorded() {
        int before = jdbc.queryForObject("SELECT count(*) FROM sighting_report", Integer.class);

        assertThat(caseworker.post("/api/sighting-reports", with(Requests.sightingReport(), "reportedOn", "1975"))
                .expectProblem(400, "REPORTED_BEFORE_OBSERVED").toString()).contains("reportedOn");
        assertThat(caseworker.post("/api/sighting-reports", with(Requests.sightingReport(), "observedOn", "1979-13"))
                .errorFields()).contains("observedOn");
        assertThat(caseworker.post("/api/sighting-reports", with(Requests.sightingReport(), "description", null))
                .errorFields()).contains("description");
        caseworker.post("/api/sighting-reports", with(Requests.sightingReport(), "sourceKind", "RUMOUR"))
                .expectStatus(400);
        caseworker.post("/api/sighting-reports", with(Requests.sightingReport(), "witness", "x".repeat(1_000_000)))
                .expectStatus(400);
        assertThat(caseworker.post("/api/sighting-reports", with(Requests.sightingReport(), "place", "farm\u0000"))
                .expectStatus(400).body()).contains("place");
        assertThat(caseworker.post("/api/sighting-reports", with(Requests.sightingReport(), "sourceId",
                UUID.randomUUID())).expectProblem(400, "INVALID_PARAMETER").toString()).contains("sourceId");
        caseworker.get("/api/sighting-reports/" + UUID.randomUUID()).expectProblem(404, "UNKNOWN_REPORT");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM sighting_report", Integer.class)).isEqualTo(before);
    }

    @Test
    void aReportIsCorrelatedWithManyCasesOnceEachAndEachIsAssessedOnItsOwn() {
        UUID reportId = file(Requests.sightingReport());
        UUID dumas = openCase();
        UUID other = openCase();

        correlate(reportId, dumas, "UNRESOLVED", "captured near Anju in 1950");
        correlate(reportId, other, "UNRESOLVED", "last seen in Camp 5");
        caseworker.post("/api/sighting-reports/" + reportId + "/correlations", Map.of("caseId", dumas,
                "assessment", "CORRELATED", "reason", "again")).expectProblem(409, "ALREADY_CORRELATED");
        assertThat(caseworker.post("/api/sighting-reports/" + reportId + "/correlations", Map.of("caseId",
                UUID.randomUUID(), "assessment", "UNRESOLVED", "reason", "x")).expectProblem(400, "INVALID_PARAMETER")
                .toString()).contains("caseId");
        caseworker.post("/api/sighting-reports/" + UUID.randomUUID() + "/correlations", Map.of("caseId", dumas,
                "assessment", "UNRESOLVED", "reason", "x")).expectProblem(404, "UNKNOWN_REPORT");
        caseworker.post("/api/sighting-reports/" + reportId + "/correlations/" + other + "/assessments",
                Map.of("assessment", "NOT_CORRELATED", "reason", "died in Camp 5 in 1951")).expectStatus(201);
        caseworker.post("/api/sighting-reports/" + reportId + "/correlations/" + other + "/assessments",
                Map.of("assessment", "NOT_CORRELATED", "reason", "still")).expectProblem(409, "SAME_ASSESSMENT");
        caseworker.post("/api/sighting-reports/" + reportId + "/correlations/" + UUID.randomUUID() + "/assessments",
                Map.of("assessment", "CORRELATED", "reason", "x")).expectProblem(404, "UNKNOWN_CORRELATION");

        JsonNode read = caseworker.get("/api/sighting-reports/" + reportId).json();
        assertThat(read.get("report").get("version").asLong()).isEqualTo(4);
        assertThat(read.get("report").get("unresolved").asInt()).isEqualTo(1);
        for (JsonNode correlation : read.get("correlations")) {
            String expected = correlation.get("caseId").asText().equals(dumas.toString()) ? "UNRESOLVED"
                    : "NOT_CORRELATED";
            assertThat(correlation.get("assessment").asText()).isEqualTo(expected);
        }
        var queue = caseworker.get("/api/sighting-reports/queue?limit=200").expectStatus(200).json();
        assertThat(queue.findValuesAsText("caseId")).contains(dumas.toString()).doesNotContain(other.toString());
    }

    @Test
    void aCorrelationsAssessmentTakesNoCitationAndSaysSoNamingTheFieldRatherThanDroppingIt() {
        UUID reportId = file(Requests.sightingReport());
        UUID caseId = openCase();
        correlate(reportId, caseId, "UNRESOLVED", "captured near Anju in 1950");
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", Requests.source("Debrief "
                + UUID.randomUUID())).expectStatus(201).json().get("sourceId").asText());
        String assessments = "/api/sighting-reports/" + reportId + "/correlations/" + caseId + "/assessments";

        var cited = caseworker.post(assessments, Map.of("assessment", "CORRELATED", "reason", "the debrief names him",
                "sourceId", sourceId));
        var located = caseworker.post(assessments, Map.of("assessment", "CORRELATED", "reason", "p. 3",
                "locator", "p. 3"));

        cited.expectProblem(400, "MALFORMED_FIELD");
        assertThat(cited.errorFields()).containsExactly("sourceId");
        located.expectProblem(400, "MALFORMED_FIELD");
        assertThat(located.errorFields()).containsExactly("locator");
        JsonNode read = caseworker.get("/api/sighting-reports/" + reportId).json();
        assertThat(read.get("report").get("version").asLong()).isEqualTo(2);
        assertThat(read.get("correlations").get(0).get("assessment").asText()).isEqualTo("UNRESOLVED");
        caseworker.post(assessments, Map.of("assessment", "CORRELATED", "reason", "the debrief names him"))
                .expectStatus(201);
    }

    @Test
    void theCorrelatedCasesHistoryShowsTheReportToStaffInFullAndToTheFamilyInItsOwnWords() {
        UUID reportId = file(with(with(Requests.sightingReport(), "witness", "WITNESS-OPRICA"), "description",
                "Fifty Americans; one said he was Pfc. Othercase of the 8th Cavalry"));
        UUID dumas = openCase();
        UUID other = openCase();
        correlate(reportId, dumas, "UNRESOLVED", "REASON-ANJU captured near Anju");
        correlate(reportId, other, "CORRELATED", "named in the report");
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", dumas.toString(),
                "reason", "next of kin")).expectStatus(201);

        String staff = caseworker.get("/api/cases/" + dumas + "/history").expectStatus(200).body();
        String family = this.family.get("/api/cases/" + dumas + "/history").expectStatus(200).body();

        assertThat(staff).contains("WITNESS-OPRICA", "Othercase", "REASON-ANJU", "SIGHTING_REPORT");
        assertThat(family).contains("A report of unnamed American prisoners that may include Corporal Roger A. Dumas:"
                + " seen at a collective farm near Pyongyang, observed 1979. Assessed for this case as unresolved.");
        assertThat(family).doesNotContain("WITNESS-OPRICA", "Othercase", "REASON-ANJU", other.toString(),
                reportId.toString());
        assertThat(this.family.get("/api/cases/" + dumas + "/history?asOf=2000-01-01T00:00:00Z").body())
                .doesNotContain("unnamed American prisoners");
        this.family.get("/api/sighting-reports/" + reportId).expectProblem(403, "FORBIDDEN");
    }

    @Test
    void aHistoryAsOfBeforeTheReportsSourceWasCorrectedNamesTheSourceAsItStoodThen() throws InterruptedException {
        String before = "Senate hearing as first titled " + UUID.randomUUID();
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", Requests.source(before)).expectStatus(201)
                .json().get("sourceId").asText());
        UUID reportId = file(with(Requests.sightingReport(), "sourceId", sourceId));
        UUID caseId = openCase();
        correlate(reportId, caseId, "UNRESOLVED", "captured near Anju");
        java.time.Instant then = java.time.Instant.now();
        Thread.sleep(5);

        caseworker.post("/api/sources/" + sourceId + "/corrections", with(with(Requests.source(
                "Senate Select Committee hearing, 1992"), "reason", "as the record prints it"), "restricted", false))
                .expectStatus(201);

        assertThat(caseworker.get("/api/cases/" + caseId + "/history?asOf=" + then).expectStatus(200).body())
                .contains(before).doesNotContain("Senate Select Committee hearing, 1992");
        assertThat(caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).body())
                .contains("Senate Select Committee hearing, 1992").doesNotContain(before);
    }

    @Test
    void aHistoryAsOfAnInstantBeyondWhatTheDatabaseHoldsStillAnswers() {
        UUID reportId = file(Requests.sightingReport());
        UUID caseId = openCase();
        correlate(reportId, caseId, "UNRESOLVED", "captured near Anju");

        assertThat(caseworker.get("/api/cases/" + caseId + "/history?asOf=%2B1000000000-12-31T23:59:59.999999999Z")
                .expectStatus(200).body()).contains("SIGHTING_REPORT");
    }
}
