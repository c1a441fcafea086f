package org.fullaccounting.api.places;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Incidents and camps over HTTP on a real PostgreSQL: record, link cases, find by alias, filter and count the board. */
public class PlacesApiTest extends ApiTest {

    public static Map<String, Object> camp(String name, String alias) {
        return Map.of("name", name, "location", "on the Yalu", "aliases", List.of(alias));
    }

    public static Map<String, Object> incident(String name) {
        return Map.of("name", name, "dates", "1950-11-01/1950-11-02", "place", "Unsan",
                "units", List.of("8th Cavalry Regiment"));
    }

    private UUID created(String path, Map<String, Object> body) {
        return UUID.fromString(caseworker.post(path, body).expectStatus(201).json().get("id").asText());
    }

    @Test
    void aCampIsFoundByItsAliasAndTheBoardListsAndCountsItsLinkedCases() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID campId = created("/api/camps", camp("Camp 5 " + marker, "Pyoktong " + marker));
        UUID held = openCase();
        UUID alsoHeld = openCase();
        UUID elsewhere = openCase();

        caseworker.post("/api/camps/" + campId + "/cases", Map.of("caseIds", List.of(held, alsoHeld),
                "reason", "returnee debriefs")).expectStatus(201);

        JsonNode found = caseworker.get("/api/camps?q=pyoktong+" + marker).expectStatus(200).json();
        assertThat(found.findValuesAsText("campId")).containsExactly(campId.toString());
        assertThat(found.get(0).get("cases").asInt()).isEqualTo(2);
        // The case list is the board's read model, which catches up with new cases asynchronously.
        JsonNode listed = org.fullaccounting.api.reads.Eventually.until("both cases on the board",
                () -> caseworker.get("/api/cases?campId=" + campId + "&size=50").expectStatus(200).json(),
                json -> json.get("items").size() >= 2);
        assertThat(listed.get("items").findValuesAsText("caseId"))
                .containsExactlyInAnyOrder(held.toString(), alsoHeld.toString()).doesNotContain(elsewhere.toString());
        JsonNode page = auditor.get("/api/camps/" + campId).expectStatus(200).json();
        assertThat(page.get("cases").findValuesAsText("reason")).containsOnly("returnee debriefs");
    }

    @Test
    void anIncidentFiltersTheBoardTogetherWithACamp() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID incidentId = created("/api/incidents", incident("Unsan " + marker));
        UUID campId = created("/api/camps", camp("Camp 1 " + marker, "Chongsong " + marker));
        UUID both = openCase();
        UUID onlyLost = openCase();
        caseworker.post("/api/incidents/" + incidentId + "/cases", Map.of("caseIds", List.of(both, onlyLost),
                "reason", "morning report")).expectStatus(201);
        caseworker.post("/api/camps/" + campId + "/cases", Map.of("caseIds", List.of(both), "reason", "debrief"))
                .expectStatus(201);

        // The case list is the board's read model, which catches up with new cases asynchronously.
        JsonNode listed = org.fullaccounting.api.reads.Eventually.until("the case on the board",
                () -> caseworker.get("/api/cases?incidentId=" + incidentId + "&campId=" + campId).expectStatus(200)
                        .json(), json -> json.get("items").size() >= 1);

        assertThat(listed.get("items").findValuesAsText("caseId")).containsExactly(both.toString());
        JsonNode read = caseworker.get("/api/incidents/" + incidentId).expectStatus(200).json();
        assertThat(read.get("incident").get("dates").asText()).isEqualTo("1950-11-01/1950-11-02");
        assertThat(read.get("incident").get("cases").asInt()).isEqualTo(2);
    }

    @Test
    void refusalsNameTheFieldAndNothingIsHalfWritten() {
        UUID campId = created("/api/camps", camp("Camp 3 " + UUID.randomUUID(), "Changsong"));
        UUID caseId = openCase();
        caseworker.post("/api/camps/" + campId + "/cases", Map.of("caseIds", List.of(caseId), "reason", "x"))
                .expectStatus(201);

        caseworker.post("/api/camps/" + campId + "/cases", Map.of("caseIds", List.of(caseId), "reason", "again"))
                .expectProblem(409, "ALREADY_LINKED");
        assertThat(caseworker.post("/api/camps/" + campId + "/cases", Map.of("caseIds", List.of(UUID.randomUUID()),
                "reason", "x")).expectProblem(400, "INVALID_PARAMETER").toString()).contains("caseIds");
        assertThat(caseworker.post("/api/incidents", Map.of("name", " ")).expectStatus(400).errorFields())
                .contains("name");
        assertThat(caseworker.post("/api/incidents", Map.of("name", "x", "dates", "1950-02-30")).expectStatus(400)
                .errorFields()).contains("dates");
        caseworker.post("/api/incidents/" + UUID.randomUUID() + "/cases", Map.of("caseIds", List.of(caseId),
                "reason", "x")).expectProblem(404, "UNKNOWN_INCIDENT");
        caseworker.get("/api/camps/" + UUID.randomUUID()).expectProblem(404, "UNKNOWN_CAMP");
        assertThat(caseworker.get("/api/camps/" + campId).json().get("camp").get("cases").asInt()).isEqualTo(1);
    }
}
