package org.fullaccounting.api.remains;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remains accessions over HTTP on a real PostgreSQL: receive, candidates, exclusions, an identification
 * that accounts for the case in the same transaction (and nothing of it when the case refuses), and
 * what the case's history, and its family, read of it.
 */
class AccessionsApiTest extends ApiTest {

    static Map<String, Object> accession(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("receivedOn", "1993-11");
        body.put("origin", "K208 unilateral turnover");
        body.put("lot", "Box 12");
        return body;
    }

    static Map<String, Object> identification(UUID caseId) {
        return Map.of("caseId", caseId.toString(), "method", "MTDNA", "identifiedOn", "2004-06-02",
                "sample", "mtDNA sequence 04-117");
    }

    private UUID receive(String name) {
        return UUID.fromString(caseworker.post("/api/accessions", accession(name)).expectStatus(201).json()
                .get("accessionId").asText());
    }

    private JsonNode addCandidate(UUID accessionId, UUID caseId, String reason) {
        return caseworker.post("/api/accessions/" + accessionId + "/candidates", Map.of("caseId", caseId.toString(),
                "reason", reason)).expectStatus(201).json();
    }

    private JsonNode candidateOf(UUID accessionId, UUID caseId) {
        for (JsonNode candidate : caseworker.get("/api/accessions/" + accessionId).expectStatus(200).json()
                .get("candidates")) {
            if (candidate.get("caseId").asText().equals(caseId.toString())) {
                return candidate;
            }
        }
        throw new AssertionError("no candidate " + caseId);
    }

    @Test
    void aCaseworkerReceivesAnAccessionAndReadsItBackAtOnce() {
        String name = "K208 Box 12 " + UUID.randomUUID();

        var created = caseworker.post("/api/accessions", accession(name)).expectStatus(201);
        UUID accessionId = UUID.fromString(created.json().get("accessionId").asText());

        assertThat(created.header("Location")).endsWith("/api/accessions/" + accessionId);
        JsonNode read = caseworker.get("/api/accessions/" + accessionId).expectStatus(200).json();
        assertThat(read.get("accession").get("name").asText()).isEqualTo(name);
        assertThat(read.get("accession").get("receivedOn").asText()).isEqualTo("1993-11");
        assertThat(read.get("candidates")).isEmpty();
        assertThat(auditor.get("/api/accessions").expectStatus(200).json().findValuesAsText("accessionId"))
                .contains(accessionId.toString());
    }

    @Test
    void identifyingACandidateAccountsForTheCaseAndTellsItsHistory() {
        UUID accessionId = receive("K208 Box 40 " + UUID.randomUUID());
        UUID caseId = openCase();
        UUID other = openCase();
        addCandidate(accessionId, caseId, "same unit, lost the same day");
        addCandidate(accessionId, other, "same unit");
        caseworker.post("/api/accessions/" + accessionId + "/exclusions", Map.of("caseId", other.toString(),
                "reason", "dental chart differs")).expectStatus(201);

        JsonNode written = caseworker.post("/api/accessions/" + accessionId + "/identifications",
                identification(caseId)).expectStatus(201).json();

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("status").asText()).isEqualTo("ACCOUNTED_FOR");
        assertThat(candidateOf(accessionId, caseId).get("outcome").asText()).isEqualTo("IDENTIFIED");
        assertThat(candidateOf(accessionId, other).get("outcome").asText()).isEqualTo("EXCLUDED");
        String history = caseworker.get("/api/cases/" + caseId + "/history?minVersion="
                + written.get("caseVersion").asLong()).expectStatus(200).body();
        assertThat(history).contains("Considered for identification among the remains of accession K208 Box 40")
                .contains("in accession K208 Box 40");
    }

    @Test
    void whenTheCaseRefusesTheIdentificationTheAccessionRecordsNothingEither() {
        UUID first = receive("K55 Box 1 " + UUID.randomUUID());
        UUID second = receive("K55 Box 2 " + UUID.randomUUID());
        UUID caseId = openCase();
        addCandidate(first, caseId, "same unit");
        addCandidate(second, caseId, "same unit");
        caseworker.post("/api/accessions/" + first + "/identifications", identification(caseId)).expectStatus(201);
        int accessionEvents = eventCount(second);
        int caseEvents = eventCount(caseId);

        caseworker.post("/api/accessions/" + second + "/identifications", identification(caseId))
                .expectProblem(409, "ALREADY_ACCOUNTED_FOR");

        assertThat(candidateOf(second, caseId).get("outcome").asText()).isEqualTo("CANDIDATE");
        assertThat(eventCount(second)).isEqualTo(accessionEvents);
        assertThat(eventCount(caseId)).isEqualTo(caseEvents);
    }

    @Test
    void theAccessionsRulesAnswerAsProblemsNamingTheField() {
        UUID accessionId = receive("Punchbowl unknown X-1 " + UUID.randomUUID());
        UUID caseId = openCase();
        UUID notACandidate = openCase();
        addCandidate(accessionId, caseId, "buried as unknown from the same camp");
        String path = "/api/accessions/" + accessionId;

        caseworker.post(path + "/candidates", Map.of("caseId", caseId.toString(), "reason", "again"))
                .expectProblem(409, "ALREADY_CANDIDATE");
        caseworker.post(path + "/identifications", identification(notACandidate)).expectProblem(409, "NOT_A_CANDIDATE");
        caseworker.post(path + "/identifications", identification(caseId)).expectStatus(201);
        JsonNode late = caseworker.post(path + "/exclusions", Map.of("caseId", caseId.toString(), "reason", "no"))
                .expectProblem(409, "ALREADY_IDENTIFIED");
        assertThat(late.toString()).contains("caseId");
        assertThat(caseworker.post(path + "/candidates", Map.of("caseId", UUID.randomUUID().toString(),
                "reason", "x")).expectProblem(400, "INVALID_PARAMETER").toString()).contains("caseId");
        assertThat(caseworker.post("/api/accessions", Map.of("name", "x", "receivedOn", "1993-13"))
                .expectStatus(400).errorFields()).contains("receivedOn");
        caseworker.post("/api/accessions/" + UUID.randomUUID() + "/candidates", Map.of("caseId", caseId.toString(),
                "reason", "x")).expectProblem(404, "UNKNOWN_ACCESSION");
    }

    @Test
    void anExcludedCandidateCannotBeIdentified() {
        UUID accessionId = receive("JRO 1996 Unsan " + UUID.randomUUID());
        UUID caseId = openCase();
        addCandidate(accessionId, caseId, "lost near the site");
        caseworker.post("/api/accessions/" + accessionId + "/exclusions", Map.of("caseId", caseId.toString(),
                "reason", "mtDNA excludes")).expectStatus(201);

        caseworker.post("/api/accessions/" + accessionId + "/identifications", identification(caseId))
                .expectProblem(409, "CANDIDATE_EXCLUDED");

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("status").asText()).isNotEqualTo("ACCOUNTED_FOR");
    }

    @Test
    void aFamilySeesThatItsCaseWasConsideredButNeverTheOtherCandidates() {
        String otherName = "Othercandidate" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        UUID accessionId = receive("K208 Box 77 " + UUID.randomUUID());
        UUID familyCase = openCase();
        Map<String, Object> opening = org.fullaccounting.api.Requests.caseOpening(uniqueServiceNumber());
        opening.put("name", Map.of("family", otherName, "given", "Nobody"));
        UUID other = UUID.fromString(caseworker.post("/api/cases", opening).expectStatus(201).json().get("caseId").asText());
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", familyCase.toString(),
                "reason", "next of kin")).expectStatus(201);
        addCandidate(accessionId, other, "commingled with " + otherName + "'s remains");
        JsonNode written = addCandidate(accessionId, familyCase, "commingled with " + otherName + " in the box");
        caseworker.get("/api/cases/" + familyCase + "/history?minVersion=" + written.get("caseVersion").asLong())
                .expectStatus(200);

        String history = family.get("/api/cases/" + familyCase + "/history").expectStatus(200).body();

        assertThat(history).contains("K208 Box 77").contains("1993-11");
        assertThat(history).doesNotContain(otherName).doesNotContain(other.toString()).doesNotContain("commingled");
        family.get("/api/accessions/" + accessionId).expectStatus(403);
        family.get("/api/accessions").expectStatus(403);
        assertThat(List.of(family.get("/family/cases/" + familyCase).body())).noneMatch(b -> b.contains(otherName));
    }
}
