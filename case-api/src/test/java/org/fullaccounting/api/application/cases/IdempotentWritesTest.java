package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.caseOpening;
import static org.fullaccounting.api.Requests.correspondence;
import static org.fullaccounting.api.Requests.with;

class IdempotentWritesTest extends ApiTest {

    @Test
    void aRetriedWriteReturnsTheOriginalResponseAndRecordsNothingTwice() {
        UUID caseId = openCase();
        String key = UUID.randomUUID().toString();

        Api.Response first = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "called the family"),
                "Idempotency-Key", key).expectStatus(201);
        Api.Response retry = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "called the family"),
                "Idempotency-Key", key).expectStatus(201);

        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    @Test
    void aRetriedOpeningOpensOneCase() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = caseOpening(uniqueServiceNumber());

        Api.Response first = caseworker.post("/api/cases", request, "Idempotency-Key", key).expectStatus(201);
        Api.Response retry = caseworker.post("/api/cases", request, "Idempotency-Key", key).expectStatus(201);

        assertThat(retry.json().get("caseId")).isEqualTo(first.json().get("caseId"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void reusingAKeyForADifferentRequestIs422AndWritesNothing() {
        UUID caseId = openCase();
        String key = UUID.randomUUID().toString();
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "one"), "Idempotency-Key", key)
                .expectStatus(201);

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "another"), "Idempotency-Key", key)
                .expectProblem(422, "IDEMPOTENCY_KEY_REUSED");

        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    @Test
    void simultaneousRetriesWithOneKeyRecordOnce() {
        UUID caseId = openCase();
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<Api.Response>> retries = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            retries.add(CompletableFuture.supplyAsync(() -> caseworker.post("/api/cases/" + caseId + "/notes",
                    Map.of("text", "same note"), "Idempotency-Key", key)));
        }
        List<Api.Response> responses = retries.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.json().get("entryId").asText()).distinct()).hasSize(1);
        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    @Test
    void keysBelongToTheirUser() {
        UUID caseId = openCase();
        String key = UUID.randomUUID().toString();
        Api otherCaseworker = Api.at(port).as("second-caseworker", "another-long-password");
        admin.post("/api/admin/users", Map.of("username", "second-caseworker", "password", "another-long-password",
                "roles", List.of("CASEWORKER")));

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "x"), "Idempotency-Key", key)
                .expectStatus(201);
        otherCaseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "x"), "Idempotency-Key", key)
                .expectStatus(201);

        assertThat(eventCount(caseId)).isEqualTo(3);
    }

    @Test
    void nullAndTheTextNullAreDifferentRequestsUnderOneKey() {
        UUID caseId = openCase();
        String key = UUID.randomUUID().toString();
        caseworker.post("/api/cases/" + caseId + "/correspondence", fromNull(), "Idempotency-Key", key)
                .expectStatus(201);

        caseworker.post("/api/cases/" + caseId + "/correspondence", with(correspondence(), "from", "null"),
                "Idempotency-Key", key).expectProblem(422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(eventCount(caseId)).isEqualTo(2);

        caseworker.post("/api/cases/" + caseId + "/correspondence", with(correspondence(), "from", "null"),
                "Idempotency-Key", UUID.randomUUID().toString()).expectStatus(201);
        assertThat(eventCount(caseId)).isEqualTo(3);
    }

    /** Correspondence with "from": null written out, not left out. */
    private static Map<String, Object> fromNull() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(correspondence());
        body.put("from", null);
        return body;
    }

    @Test
    void theOrderOfFieldsDoesNotMakeADifferentRequest() {
        UUID caseId = openCase();
        String key = UUID.randomUUID().toString();
        Api.Response first = caseworker.post("/api/cases/" + caseId + "/correspondence",
                "{\"date\": \"1954\", \"kind\": \"LETTER\", \"direction\": \"INCOMING\", \"subject\": \"s\"}",
                "Idempotency-Key", key).expectStatus(201);

        Api.Response retry = caseworker.post("/api/cases/" + caseId + "/correspondence",
                "{\"subject\": \"s\", \"direction\": \"INCOMING\", \"kind\": \"LETTER\", \"date\": \"1954\"}",
                "Idempotency-Key", key).expectStatus(201);

        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(eventCount(caseId)).isEqualTo(2);
    }
}
