package org.fullaccounting.api.findings;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.with;

/**
 * Findings made for many cases over HTTP on a real PostgreSQL: one entry per case sharing the
 * finding's id, a status change held to each case's reclassification rules, all or nothing.
 */
public class FindingsApiTest extends ApiTest {

    public static Map<String, Object> finding(String effect, Object... caseIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Findings of death under the Missing Persons Act");
        body.put("by", "Department of the Army");
        body.put("date", "1954");
        body.put("source", "Army findings of 1954");
        body.put("effect", effect);
        body.put("caseIds", List.of(caseIds));
        return body;
    }

    private UUID openMissing() {
        return UUID.fromString(caseworker.post("/api/cases", with(Requests.caseOpening(uniqueServiceNumber()),
                "status", "MISSING_IN_ACTION")).expectStatus(201).json().get("caseId").asText());
    }

    @Test
    void aFindingOfDeathChangesEveryCasesStatusAndShowsInEachHistory() {
        UUID first = openMissing();
        UUID second = openMissing();

        var made = caseworker.post("/api/findings", with(finding("STATUS_CHANGE", first, second), "to",
                "MISSING_PRESUMED_DEAD")).expectStatus(201);
        UUID findingId = UUID.fromString(made.json().get("findingId").asText());

        assertThat(made.header("Location")).endsWith("/api/findings/" + findingId);
        assertThat(made.json().get("entries").findValuesAsText("caseId"))
                .containsExactly(first.toString(), second.toString());
        for (UUID caseId : List.of(first, second)) {
            assertThat(caseworker.get("/api/cases/" + caseId).json().get("status").asText())
                    .isEqualTo("MISSING_PRESUMED_DEAD");
            assertThat(history(caseId)).contains("Finding: Findings of death under the Missing Persons Act, by "
                    + "Department of the Army, 1954; status changed from");
        }
        JsonNode read = caseworker.get("/api/findings/" + findingId).expectStatus(200).json();
        assertThat(read.get("to").asText()).isEqualTo("MISSING_PRESUMED_DEAD");
        assertThat(read.get("cases").findValuesAsText("caseId")).containsExactlyInAnyOrder(first.toString(),
                second.toString());
        assertThat(read.get("cases").findValuesAsText("from")).containsOnly("MISSING_IN_ACTION");
        assertThat(caseworker.get("/api/findings").json().findValuesAsText("findingId")).contains(findingId.toString());
    }

    @Test
    void aNoteLikeFindingLeavesTheStatusAlone() {
        UUID caseId = openMissing();

        caseworker.post("/api/findings", finding("NOTE", caseId)).expectStatus(201);

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("status").asText()).isEqualTo("MISSING_IN_ACTION");
        assertThat(history(caseId)).contains("Finding: Findings of death");
    }

    @Test
    void aCaseThatRefusesTheFindingRefusesTheWholeActionNamingItAndNothingIsWritten() {
        UUID fresh = openMissing();
        UUID alreadyPresumedDead = UUID.fromString(caseworker.post("/api/cases", with(
                Requests.caseOpening(uniqueServiceNumber()), "status", "MISSING_PRESUMED_DEAD")).expectStatus(201)
                .json().get("caseId").asText());
        int before = eventCount(fresh);

        JsonNode refused = caseworker.post("/api/findings", with(finding("STATUS_CHANGE", fresh,
                alreadyPresumedDead), "to", "MISSING_PRESUMED_DEAD")).expectProblem(409, "SAME_STATUS");

        assertThat(refused.get("caseId").asText()).isEqualTo(alreadyPresumedDead.toString());
        assertThat(refused.get("field").asText()).isEqualTo("caseIds");
        assertThat(eventCount(fresh)).isEqualTo(before);
        assertThat(caseworker.get("/api/cases/" + fresh).json().get("status").asText()).isEqualTo("MISSING_IN_ACTION");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM finding_case WHERE case_id = ?", Integer.class, fresh))
                .isZero();
    }

    @Test
    void casesMayBeNamedByServiceNumber() {
        String serviceNumber = uniqueServiceNumber();
        UUID caseId = UUID.fromString(caseworker.post("/api/cases", Requests.caseOpening(serviceNumber))
                .expectStatus(201).json().get("caseId").asText());
        Map<String, Object> body = finding("NOTE");
        body.remove("caseIds");
        body.put("serviceNumbers", List.of(serviceNumber));

        UUID findingId = UUID.fromString(caseworker.post("/api/findings", body).expectStatus(201).json()
                .get("findingId").asText());

        assertThat(caseworker.get("/api/findings/" + findingId).json().get("cases").findValuesAsText("caseId"))
                .containsExactly(caseId.toString());
        assertThat(caseworker.post("/api/findings", with(body, "serviceNumbers", List.of("NO-SUCH-NUMBER")))
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("serviceNumbers");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        UUID caseId = openCase();
        assertThat(caseworker.post("/api/findings", finding("STATUS_CHANGE", caseId))
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("\"to\"");
        assertThat(caseworker.post("/api/findings", with(finding("NOTE", caseId), "to", "PRISONER_OF_WAR"))
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("\"to\"");
        assertThat(caseworker.post("/api/findings", with(finding("NOTE", caseId), "title", " ")).errorFields())
                .contains("title");
        assertThat(caseworker.post("/api/findings", with(finding("NOTE", caseId), "date", "1954-02-30x"))
                .errorFields()).contains("date");
        assertThat(caseworker.post("/api/findings", with(finding("NOTE", caseId), "by", "A\u0000"))
                .expectProblem(400, "INVALID_TEXT").toString()).contains("by");
        assertThat(caseworker.post("/api/findings", with(with(finding("NOTE", caseId), "source", null), "sourceId",
                UUID.randomUUID().toString())).expectProblem(400, "INVALID_PARAMETER").toString()).contains("sourceId");
        assertThat(caseworker.post("/api/findings", with(finding("NOTE", caseId), "source", null))
                .expectProblem(400, "FIELD_REQUIRED").toString()).contains("source");
        assertThat(caseworker.post("/api/findings", finding("NOTE")).expectProblem(400, "INVALID_PARAMETER")
                .toString()).contains("caseIds");
        caseworker.get("/api/findings/" + UUID.randomUUID()).expectProblem(404, "UNKNOWN_FINDING");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aFamilySeesAFindingOnlyAsItConcernsItsOwnCase() {
        UUID own = openMissing();
        UUID other = openMissing();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", own.toString(),
                "reason", "next of kin")).expectStatus(201);
        UUID shared = UUID.fromString(caseworker.post("/api/findings", finding("NOTE", own, other)).expectStatus(201)
                .json().get("findingId").asText());
        UUID notTheirs = UUID.fromString(caseworker.post("/api/findings", finding("NOTE", other)).expectStatus(201)
                .json().get("findingId").asText());

        String read = family.get("/api/findings/" + shared).expectStatus(200).body();
        family.get("/api/findings/" + notTheirs).expectProblem(404, "UNKNOWN_FINDING");
        history(own);
        String history = family.get("/api/cases/" + own + "/history").expectStatus(200).body();

        assertThat(read).contains(own.toString()).doesNotContain(other.toString()).doesNotContain("test-caseworker");
        assertThat(history).contains("Finding: Findings of death under the Missing Persons Act");
        family.get("/api/findings").expectProblem(403, "FORBIDDEN");
        family.post("/api/findings", finding("NOTE", own)).expectProblem(403, "FORBIDDEN");
    }

    private String history(UUID caseId) {
        long version = caseworker.get("/api/cases/" + caseId).json().get("version").asLong();
        Eventually.until("the history of " + caseId, () -> caseworker.get("/api/cases/" + caseId
                + "/history?minVersion=" + version).status(), status -> status == 200);
        return caseworker.get("/api/cases/" + caseId + "/history").body();
    }
}
