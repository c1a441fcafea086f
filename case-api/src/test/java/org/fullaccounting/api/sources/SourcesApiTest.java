package org.fullaccounting.api.sources;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.with;

/** The source register over HTTP on a real PostgreSQL: register, read, search, correct, link; what a family sees. */
class SourcesApiTest extends ApiTest {

    private UUID register(Map<String, Object> body) {
        return UUID.fromString(caseworker.post("/api/sources", body).expectStatus(201).json().get("sourceId").asText());
    }

    @Test
    void aCaseworkerRegistersASourceAndReadsItBackAtOnce() {
        String title = "Memorandum by the Secretary of State to the President " + UUID.randomUUID();
        Map<String, Object> body = with(Requests.source(title), "date", "1953-08-05/1953-09-06");

        var created = caseworker.post("/api/sources", body).expectStatus(201);
        UUID sourceId = UUID.fromString(created.json().get("sourceId").asText());

        assertThat(created.header("Location")).endsWith("/api/sources/" + sourceId);
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        JsonNode read = caseworker.get("/api/sources/" + sourceId).expectStatus(200).json();
        assertThat(read.get("source").get("title").asText()).isEqualTo(title);
        assertThat(read.get("source").get("date").asText()).isEqualTo("1953-08-05/1953-09-06");
        assertThat(read.get("source").get("registeredBy").asText()).isEqualTo("test-caseworker");
        assertThat(read.get("cases")).isEmpty();
    }

    @Test
    void theSearchToleratesSpellingMistakes() {
        String marker = "Reinhardt" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        UUID sourceId = register(Requests.source("Memorandum for the Files by " + marker));

        JsonNode found = caseworker.get("/api/sources?q=memorandum+for+the+fiels+by+" + marker.toLowerCase())
                .expectStatus(200).json();

        assertThat(found.findValuesAsText("sourceId")).contains(sourceId.toString());
    }

    @Test
    void aCorrectionReplacesTheDescriptionAndSayingTheSameIsRefused() {
        UUID sourceId = register(Requests.source("Memo " + UUID.randomUUID()));
        Map<String, Object> correction = with(with(Requests.source("Memorandum, corrected title"), "reason",
                "the title as FRUS prints it"), "restricted", true);

        caseworker.post("/api/sources/" + sourceId + "/corrections", correction).expectStatus(201);
        caseworker.post("/api/sources/" + sourceId + "/corrections", correction).expectProblem(409, "SAME_DESCRIPTION");

        JsonNode read = caseworker.get("/api/sources/" + sourceId).json().get("source");
        assertThat(read.get("title").asText()).isEqualTo("Memorandum, corrected title");
        assertThat(read.get("restricted").asBoolean()).isTrue();
        assertThat(read.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsRecorded() {
        assertThat(caseworker.post("/api/sources", with(Requests.source("t"), "date", "1953-09-06/1953-08-05"))
                .expectProblem(400, "VALIDATION_FAILED").toString()).contains("date");
        assertThat(caseworker.post("/api/sources", with(Requests.source(" "), "kind", "MEMORANDUM"))
                .errorFields()).contains("title");
        caseworker.post("/api/sources", with(Requests.source("t"), "kind", "POSTCARD")).expectStatus(400);
        caseworker.post("/api/sources", with(Requests.source("t"), "title", "x".repeat(1_001))).expectStatus(400);
        caseworker.post("/api/sources/" + UUID.randomUUID() + "/corrections",
                with(Requests.source("t"), "reason", "r")).expectProblem(404, "UNKNOWN_SOURCE");
        caseworker.get("/api/sources/" + UUID.randomUUID()).expectProblem(404, "UNKNOWN_SOURCE");
    }

    @Test
    void aSourceIsLinkedToManyCasesOnceEachAndOnlyToCasesThatExist() {
        UUID sourceId = register(Requests.source("Acheson memorandum " + UUID.randomUUID()));
        UUID first = openCase();
        UUID second = openCase();

        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(first, second),
                "reason", "concerns every prisoner held by the Communists")).expectStatus(201);
        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(first), "reason", "again"))
                .expectProblem(409, "ALREADY_LINKED");
        assertThat(caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds",
                List.of(UUID.randomUUID()), "reason", "x")).expectProblem(400, "INVALID_PARAMETER").toString())
                .contains("caseIds");

        JsonNode cases = caseworker.get("/api/sources/" + sourceId).json().get("cases");
        assertThat(cases.findValuesAsText("caseId")).containsExactlyInAnyOrder(first.toString(), second.toString());
    }

    @Test
    void aFamilySeesOnlyUnrestrictedSourcesLinkedToItsCaseAndNoneOfTheOtherCases() {
        UUID own = openCase();
        UUID other = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", own.toString(),
                "reason", "next of kin")).expectStatus(201);
        UUID shared = register(with(Requests.source("Shared memo " + UUID.randomUUID()), "reliabilityNote",
                "RELIABILITY-MARKER"));
        UUID restricted = register(with(Requests.source("Restricted report " + UUID.randomUUID()), "restricted", true));
        UUID notTheirs = register(Requests.source("Other case's letter " + UUID.randomUUID()));
        link(shared, own, other);
        link(restricted, own);
        link(notTheirs, other);

        JsonNode page = family.get("/api/sources/" + shared).expectStatus(200).json();
        family.get("/api/sources/" + restricted).expectProblem(404, "UNKNOWN_SOURCE");
        family.get("/api/sources/" + notTheirs).expectProblem(404, "UNKNOWN_SOURCE");
        String list = family.get("/api/sources").expectStatus(200).body();

        assertThat(page.get("cases")).hasSize(1);
        assertThat(page.get("cases").get(0).asText()).isEqualTo(own.toString());
        assertThat(page.toString()).contains(own.toString()).doesNotContain(other.toString())
                .doesNotContain("RELIABILITY-MARKER").doesNotContain("test-caseworker");
        assertThat(list).contains(shared.toString()).doesNotContain(restricted.toString())
                .doesNotContain(notTheirs.toString()).doesNotContain(other.toString());
        family.post("/api/sources", Requests.source("family write")).expectProblem(403, "FORBIDDEN");
        admin.get("/api/sources/" + shared).expectProblem(403, "FORBIDDEN");
    }

    @Test
    void everyReadOfOneSourceIsInTheAccessLog() {
        UUID sourceId = register(Requests.source("Logged " + UUID.randomUUID()));

        caseworker.get("/api/sources/" + sourceId).expectStatus(200);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE action = 'READ_SOURCE'"
                + " AND what = ? AND username = 'test-caseworker' AND outcome = 'GRANTED'", Integer.class,
                "GET /api/sources/" + sourceId)).isEqualTo(1);
    }

    private void link(UUID sourceId, UUID... caseIds) {
        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(caseIds),
                "reason", "concerns the case")).expectStatus(201);
    }
}
