package org.fullaccounting.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.sighting;

/**
 * A write answers with the case's version; every history read after it sees that write, with minVersion
 * or without (HistoryWhileTheModelIsBehindTest: even while the read model is behind the case).
 */
class ReadYourWritesTest extends ApiTest {

    @Test
    void aCaseworkerWhoReadsTheHistoryRightAfterAWriteSeesTheNewEntryWithMinVersionOrWithout() {
        UUID caseId = openCase();
        for (int i = 0; i < 20; i++) {
            JsonNode written = caseworker.post("/api/cases/" + caseId + "/sightings", sighting()).expectStatus(201)
                    .json();
            long version = written.get("version").asLong();
            String entryId = written.get("entryId").asText();

            JsonNode plain = caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).json();
            JsonNode withVersion = caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version)
                    .expectStatus(200).json();

            for (JsonNode history : List.of(plain, withVersion)) {
                assertThat(history.get("version").asLong()).isGreaterThanOrEqualTo(version);
                assertThat(history.get("entries").findValuesAsText("entryId")).contains(entryId);
            }
        }
    }

    @Test
    void aVersionNoWriteHasReachedIs400AtOnceNamingMinVersion() {
        UUID caseId = openCase();

        JsonNode problem = caseworker.get("/api/cases/" + caseId + "/history?minVersion=2147483648")
                .expectProblem(400, "INVALID_PARAMETER");

        assertThat(problem.toString()).contains("minVersion");
    }

    @Test
    void theHistoryIsReadThroughCaseAccess() {
        UUID caseId = openCase();

        auditor.get("/api/cases/" + caseId + "/history?minVersion=1").expectStatus(200);
        family.get("/api/cases/" + caseId + "/history").expectProblem(404, "UNKNOWN_CASE");
        admin.get("/api/cases/" + caseId + "/history").expectProblem(403, "FORBIDDEN");
        caseworker.get("/api/cases/" + UUID.randomUUID() + "/history").expectProblem(404, "UNKNOWN_CASE");
        caseworker.get("/api/cases/" + caseId + "/history?minVersion=0").expectProblem(400, "INVALID_PARAMETER");
        assertThat(caseworker.get("/api/cases/" + caseId + "/history?asOf=yesterday")
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("asOf");
        assertThat(caseworker.get("/api/cases/" + caseId + "?asOf=yesterday")
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("asOf");
    }
}
