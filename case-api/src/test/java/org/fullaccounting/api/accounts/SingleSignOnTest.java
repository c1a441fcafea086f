package org.fullaccounting.api.accounts;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With an OIDC issuer configured, the API also accepts its JWTs, their roles claim mapped to ours. */
class SingleSignOnTest extends ApiTest {

    @Test
    void aCaseworkersTokenReadsAndWritesAndTheEventNamesTheTokensUser() {
        UUID caseId = openCase();
        String token = TestTokens.token("jane.sso", List.of("caseworker"));

        anonymous.get("/api/cases/" + caseId, "Authorization", "Bearer " + token).expectStatus(200);
        anonymous.post("/api/cases/" + caseId + "/notes", Map.of("text", "via single sign-on"),
                "Authorization", "Bearer " + token).expectStatus(201);

        assertThat(jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE "
                + "aggregate_identifier = ? AND sequence_number = 1", String.class, caseId.toString()))
                .contains("\"user\":\"jane.sso\"").contains("\"roles\":\"CASEWORKER\"");
    }

    @Test
    void rolesTheTokenDoesNotCarryAreNotGranted() {
        UUID caseId = openCase();

        Api.Response auditorWriting = anonymous.post("/api/cases/" + caseId + "/notes", Map.of("text", "x"),
                "Authorization", "Bearer " + TestTokens.token("an.auditor", List.of("AUDITOR", "superuser")));
        Api.Response unknownRoles = anonymous.get("/api/cases/" + caseId,
                "Authorization", "Bearer " + TestTokens.token("nobody", List.of("superuser")));

        auditorWriting.expectProblem(403, "FORBIDDEN");
        unknownRoles.expectProblem(403, "FORBIDDEN");
    }

    @Test
    void aFamilyTokenSeesNoCaseThatIsNotLinkedToItsUser() {
        UUID caseId = openCase();

        anonymous.get("/api/cases/" + caseId, "Authorization", "Bearer "
                + TestTokens.token("some.relative", List.of("FAMILY"))).expectProblem(404, "UNKNOWN_CASE");
    }

    @Test
    void expiredOrForeignTokensAre401() {
        UUID caseId = openCase();

        anonymous.get("/api/cases/" + caseId, "Authorization", "Bearer "
                + TestTokens.expiredToken("jane.sso", List.of("CASEWORKER"))).expectProblem(401, "UNAUTHENTICATED");
        anonymous.get("/api/cases/" + caseId, "Authorization", "Bearer "
                + TestTokens.tokenFromAnotherIssuer("jane.sso", List.of("CASEWORKER")))
                .expectProblem(401, "UNAUTHENTICATED");
        caseworker.get("/api/cases/" + caseId).expectStatus(200);
    }
}
