package org.fullaccounting.api.accounts;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication and the role rules of issue 2: only caseworkers write case events. */
class AccessToCasesTest extends ApiTest {

    @Test
    void withoutCredentialsEveryEndpointIs401WithAProblemBody() {
        UUID caseId = openCase();

        anonymous.get("/api/cases/" + caseId).expectProblem(401, "UNAUTHENTICATED");
        anonymous.post("/api/cases/" + caseId + "/notes", Map.of("text", "x")).expectProblem(401, "UNAUTHENTICATED");
        anonymous.get("/api/admin/users").expectProblem(401, "UNAUTHENTICATED");
        anonymous.get("/v3/api-docs").expectStatus(401);
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIs401() {
        Api.at(port).as("test-caseworker", "wrong-password")
                .get("/api/cases/" + UUID.randomUUID()).expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void auditorsReadButDoNotWrite() {
        UUID caseId = openCase();

        auditor.get("/api/cases/" + caseId).expectStatus(200);
        auditor.post("/api/cases/" + caseId + "/notes", Map.of("text", "x")).expectProblem(403, "FORBIDDEN");
        auditor.post("/api/cases", Map.of()).expectProblem(403, "FORBIDDEN");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void adminsManageAccountsNotCaseContent() {
        UUID caseId = openCase();

        admin.get("/api/cases/" + caseId).expectProblem(403, "FORBIDDEN");
        admin.post("/api/cases/" + caseId + "/notes", Map.of("text", "x")).expectProblem(403, "FORBIDDEN");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void familiesWriteNothingAndSeeNoCaseTheyAreNotLinkedTo() {
        UUID caseId = openCase();

        family.get("/api/cases/" + caseId).expectProblem(404, "UNKNOWN_CASE");
        family.get("/api/cases/" + UUID.randomUUID()).expectProblem(404, "UNKNOWN_CASE");
        family.post("/api/cases/" + caseId + "/notes", Map.of("text", "x")).expectProblem(404, "UNKNOWN_CASE");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void theApiDescriptionIsServedToSignedInUsers() {
        Api.Response docs = caseworker.get("/v3/api-docs").expectStatus(200);

        assertThat(docs.json().get("paths").has("/api/cases/{caseId}/sightings")).isTrue();
        caseworker.get("/swagger-ui/index.html").expectStatus(200);
    }
}
