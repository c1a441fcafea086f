package org.fullaccounting.api.reads;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.*;

/** The read endpoints over HTTP: who sees what, filters, search, and refusals naming the parameter. */
class ReadEndpointsTest extends ApiTest {

    @Test
    void theCaseListFindsACaseBySpellingVariantAndByServiceNumber() {
        String number = uniqueServiceNumber();
        UUID dumaz = open(with(caseOpening(number), "name", Map.of("family", "Dumazeau-" + number, "given", "Leon")));
        Eventually.until("the case in the list", () -> caseworker.get("/api/cases?q=" + number).json(),
                page -> page.get("total").asLong() == 1);

        assertThat(ids(caseworker.get("/api/cases?q=dumazo-" + number.toLowerCase()).json()))
                .contains(dumaz.toString());
        assertThat(ids(caseworker.get("/api/cases?q=" + number.substring(0, 2) + "-" + number.substring(2))
                .json())).containsExactly(dumaz.toString());
        JsonNode hit = caseworker.get("/api/search?q=" + number).json().get(0);
        assertThat(hit.get("caseId").asText()).isEqualTo(dumaz.toString());
        assertThat(hit.get("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theCaseListFiltersByStatusAndCampAndPages() {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/captivity", Map.of("kind", "INTERNED",
                "camp", "Camp " + caseId, "source", "debrief")).expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/reclassifications", reclassification("PRISONER_OF_WAR", "1983"))
                .expectStatus(201);

        JsonNode page = Eventually.until("the camp on the board",
                () -> caseworker.get("/api/cases?camp=" + caseId + "&status=PRISONER_OF_WAR&size=1").json(),
                p -> p.get("total").asLong() == 1);

        JsonNode line = page.get("items").get(0);
        assertThat(line.get("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(line.get("camps").get(0).asText()).isEqualTo("Camp " + caseId);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(caseworker.get("/api/cases?camp=" + caseId + "&status=MISSING_IN_ACTION").json()
                .get("total").asLong()).isZero();
    }

    @Test
    void theBoardCountsForCaseworkersAndAuditorsAndShowsFamiliesNothingYet() {
        openCase();
        Eventually.until("a case on the board", () -> caseworker.get("/api/board").json(),
                board -> board.get("cases").asLong() > 0);

        assertThat(auditor.get("/api/board").expectStatus(200).json().get("cases").asLong()).isPositive();
        JsonNode familyBoard = family.get("/api/board").expectStatus(200).json();
        assertThat(familyBoard.get("cases").asLong()).isZero();
        assertThat(familyBoard.get("byStatus").get("MISSING_IN_ACTION").asLong()).isZero();
        assertThat(family.get("/api/cases").expectStatus(200).json().get("total").asLong()).isZero();
        assertThat(family.get("/api/sightings").expectStatus(200).json().get("items")).isEmpty();
        assertThat(family.get("/api/correspondence").expectStatus(200).json().get("items")).isEmpty();
        assertThat(family.get("/api/search?q=Dumas").expectStatus(200).json()).isEmpty();
    }

    @Test
    void adminsManageAccountsNotCaseContent() {
        admin.get("/api/board").expectProblem(403, "FORBIDDEN");
        admin.get("/api/cases").expectProblem(403, "FORBIDDEN");
        admin.get("/api/sightings").expectProblem(403, "FORBIDDEN");
        admin.get("/api/correspondence").expectProblem(403, "FORBIDDEN");
        admin.get("/api/cases/" + UUID.randomUUID() + "/history").expectProblem(403, "FORBIDDEN");
        anonymous.get("/api/board").expectStatus(401);
    }

    @Test
    void sightingsAreListedByAssessmentAndQueuedWhileUnresolved() {
        UUID caseId = openCase();
        String sightingId = caseworker.post("/api/cases/" + caseId + "/sightings", sighting()).json()
                .get("entryId").asText();
        caseworker.post("/api/cases/" + caseId + "/sightings/" + sightingId + "/assessments",
                Map.of("assessment", "UNRESOLVED", "reason", "unnamed Americans")).expectStatus(201);

        JsonNode unresolved = Eventually.until("the assessment in the sightings list",
                () -> caseworker.get("/api/sightings?assessment=UNRESOLVED&caseId=" + caseId).json(),
                p -> p.get("total").asLong() == 1);

        assertThat(unresolved.get("items").get(0).get("sightingId").asText()).isEqualTo(sightingId);
        assertThat(ids(caseworker.get("/api/sightings/queue?size=200").json(), "sightingId")).contains(sightingId);
        assertThat(caseworker.get("/api/sightings?assessment=CORRELATED&caseId=" + caseId).json().get("total")
                .asLong()).isZero();
    }

    @Test
    void correspondenceIsFoundByPartyKindDatesAndWords() {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/correspondence", correspondence()).expectStatus(201);
        String mine = "&caseId=" + caseId;
        Eventually.until("the letter in the register", () -> caseworker.get("/api/correspondence?" + mine).json(),
                p -> p.get("total").asLong() == 1);

        assertThat(total("/api/correspondence?party=lee%20sang" + mine)).isEqualTo(1);
        assertThat(total("/api/correspondence?kind=LETTER&from=1954&to=1954-01" + mine)).isEqualTo(1);
        assertThat(total("/api/correspondence?q=prisoner%20repatriation" + mine)).isEqualTo(1);
        assertThat(total("/api/correspondence?kind=TELEGRAM" + mine)).isZero();
        assertThat(total("/api/correspondence?from=1955" + mine)).isZero();
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        assertThat(caseworker.get("/api/cases?status=LOST").expectProblem(400, "INVALID_PARAMETER").toString())
                .contains("status");
        assertThat(caseworker.get("/api/cases?size=1000").expectProblem(400, "INVALID_PARAMETER").toString())
                .contains("size");
        assertThat(caseworker.get("/api/cases?sort=height").expectProblem(400, "INVALID_PARAMETER").toString())
                .contains("sort");
        assertThat(caseworker.get("/api/cases?lossFrom=1950-13").expectProblem(400, "INVALID_PARAMETER").toString())
                .contains("lossFrom");
        assertThat(caseworker.get("/api/cases?lastSeenAlive=perhaps").expectProblem(400, "INVALID_PARAMETER")
                .toString()).contains("lastSeenAlive");
        assertThat(caseworker.get("/api/correspondence?from=1960&to=1950").expectProblem(400, "INVALID_PARAMETER")
                .toString()).contains("\"to\"");
        assertThat(caseworker.get("/api/sightings?assessment=MAYBE").expectProblem(400, "INVALID_PARAMETER")
                .toString()).contains("assessment");
        assertThat(caseworker.get("/api/cases?page=-1").expectProblem(400, "INVALID_PARAMETER").toString())
                .contains("page");
    }

    private UUID open(Map<String, Object> body) {
        return UUID.fromString(caseworker.post("/api/cases", body).expectStatus(201).json().get("caseId").asText());
    }

    private long total(String path) {
        return caseworker.get(path).expectStatus(200).json().get("total").asLong();
    }

    private static List<String> ids(JsonNode page) {
        return ids(page, "caseId");
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }
}
