package org.fullaccounting.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.people.PeopleApiTest;
import org.fullaccounting.casefile.people.api.PeopleId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The raw stream for auditors, the access log, failed sign-ins and their throttling. */
class AuditTrailTest extends ApiTest {

    @Test
    void theRawStreamShowsEachEventWithWhoWhenAndWhy() {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "briefed the family"),
                "X-Request-Id", "audit-1").expectStatus(201);

        JsonNode page = auditor.get("/api/audit/events?caseId=" + caseId).expectStatus(200).json();

        JsonNode events = page.get("events");
        assertThat(events).hasSize(2);
        JsonNode note = events.get(1);
        assertThat(note.get("type").asText()).isEqualTo("NoteAddedEvent");
        assertThat(note.get("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(note.get("sequence").asLong()).isEqualTo(1);
        assertThat(note.get("user").asText()).isEqualTo("test-caseworker");
        assertThat(note.get("roles").asText()).isEqualTo("CASEWORKER");
        assertThat(note.get("requestId").asText()).isEqualTo("audit-1");
        assertThat(note.get("recordedAt").asText()).isNotBlank();
        assertThat(note.get("payload").get("text").asText()).isEqualTo("briefed the family");
        assertThat(note.get("hash").asText()).hasSize(64);
        assertThat(page.get("next").asLong()).isEqualTo(note.get("position").asLong());
    }

    @Test
    void aCasesStreamHoldsItsPeoplesEventsWithTheirOwnAggregateIdAndType() throws Exception {
        UUID caseId = openCase();
        UUID otherCase = openCase();
        UUID bob = PeopleApiTest.addPerson(caseworker, caseId, "Robert (Bob) Dumas", "BROTHER");
        PeopleApiTest.addPerson(caseworker, otherCase, "Someone Else", "SISTER");
        caseworker.post("/api/cases/" + caseId + "/people/" + bob + "/contact-details",
                Map.of("phone", "555 0100")).expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "after the people")).expectStatus(201);

        JsonNode events = auditor.get("/api/audit/events?caseId=" + caseId).expectStatus(200).json().get("events");

        assertThat(events.findValuesAsText("type")).containsExactly("CaseOpenedEvent", "PersonAddedEvent",
                "ContactDetailsChangedEvent", "NoteAddedEvent");
        assertThat(events.findValuesAsText("caseId")).containsOnly(caseId.toString());
        JsonNode added = events.get(1);
        assertThat(added.get("aggregateType").asText()).isEqualTo("CasePeople");
        assertThat(added.get("aggregateId").asText()).isEqualTo(PeopleId.of(caseId).toString())
                .isNotEqualTo(caseId.toString());
        assertThat(added.get("sequence").asLong()).isZero();
        assertThat(added.get("hash").asText()).hasSize(64);
        assertThat(events.get(3).get("aggregateId").asText()).isEqualTo(caseId.toString());
        assertThat(events.get(3).get("aggregateType").asText()).isEqualTo("CaseFile");

        String[] lines = auditor.get("/api/audit/events?caseId=" + caseId, "Accept", "application/x-ndjson")
                .expectStatus(200).body().strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(new ObjectMapper().readTree(lines[2]).get("payload").get("details").get("phone").asText())
                .isEqualTo("555 0100");
    }

    @Test
    void theStreamPagesInOrderFromAPosition() {
        UUID caseId = openCase();
        for (int i = 0; i < 5; i++) {
            caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "n" + i));
        }
        List<Long> positions = new ArrayList<>();
        long after = 0;
        for (int pageNo = 0; pageNo < 3; pageNo++) {
            JsonNode page = auditor.get("/api/audit/events?caseId=" + caseId + "&limit=2&after=" + after).json();
            page.get("events").forEach(event -> positions.add(event.get("position").asLong()));
            after = page.get("next").asLong();
        }

        assertThat(positions).hasSize(6).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theStreamExportsAsNdjson() throws Exception {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "exported"));

        Api.Response export = auditor.get("/api/audit/events?caseId=" + caseId, "Accept", "application/x-ndjson")
                .expectStatus(200);

        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        String[] lines = export.body().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines[1]).get("payload").get("text").asText()).isEqualTo("exported");
    }

    @Test
    void onlyAuditorsReadTheStreamAndBadParametersAre400() {
        caseworker.get("/api/audit/events").expectProblem(403, "FORBIDDEN");
        family.get("/api/audit/events").expectProblem(403, "FORBIDDEN");
        Api.Response refused = auditor.get("/api/audit/events?limit=0");
        refused.expectProblem(400, "INVALID_PARAMETER");
        assertThat(refused.errorFields()).containsExactly("limit");
        auditor.get("/api/audit/events?after=-1").expectProblem(400, "INVALID_PARAMETER");
    }

    @Test
    void everyReadOfACaseIsInTheAccessLogAndAuditorsQueryItPerCaseAndPerUser() {
        UUID caseId = openCase();

        caseworker.get("/api/cases/" + caseId).expectStatus(200);
        family.get("/api/cases/" + caseId).expectStatus(404);

        JsonNode perCase = auditor.get("/api/audit/access-log?caseId=" + caseId).expectStatus(200).json();
        assertThat(perCase).hasSize(2);
        assertThat(perCase.get(0).get("username").asText()).isEqualTo("test-family");
        assertThat(perCase.get(0).get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(perCase.get(1).get("username").asText()).isEqualTo("test-caseworker");
        assertThat(perCase.get(1).get("outcome").asText()).isEqualTo("GRANTED");
        assertThat(perCase.get(1).get("what").asText()).isEqualTo("GET /api/cases/" + caseId);

        JsonNode perUser = auditor.get("/api/audit/access-log?user=test-family").json();
        assertThat(perUser.findValuesAsText("caseId")).contains(caseId.toString());
    }

    @Test
    void failedSignInsAreRecordedAndThrottledEvenForTheRightPassword() {
        admin.post("/api/admin/users", Map.of("username", "forgetful", "password", "the-right-password",
                "roles", List.of("CASEWORKER"))).expectStatus(201);
        Api wrong = Api.at(port).as("forgetful", "a-wrong-password");
        Api right = Api.at(port).as("forgetful", "the-right-password");
        right.get("/api/cases/" + UUID.randomUUID()).expectStatus(404);

        for (int i = 0; i < 5; i++) {
            wrong.get("/api/cases/" + UUID.randomUUID()).expectProblem(401, "UNAUTHENTICATED");
        }
        Api.Response throttled = right.get("/api/cases/" + UUID.randomUUID());

        throttled.expectProblem(429, "TOO_MANY_FAILED_SIGN_INS");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L + 1);
        JsonNode byForgetful = auditor.get("/api/audit/access-log?user=forgetful").json();
        assertThat(byForgetful.findValuesAsText("action").stream().filter("LOGIN_FAILED"::equals)).hasSize(5);
    }

    @Test
    void responsesCarryStandardSecurityHeaders() {
        Api.Response response = caseworker.get("/api/cases/" + UUID.randomUUID());

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).contains("no-store");
    }
}
