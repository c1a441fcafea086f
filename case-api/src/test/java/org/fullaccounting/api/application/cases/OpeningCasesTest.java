package org.fullaccounting.api.application.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.caseOpening;
import static org.fullaccounting.api.Requests.with;

class OpeningCasesTest extends ApiTest {

    @Test
    void openingACaseAnswers201WithItsLocationIdAndVersion() {
        Api.Response opened = caseworker.post("/api/cases", caseOpening(uniqueServiceNumber())).expectStatus(201);

        String caseId = opened.json().get("caseId").asText();
        assertThat(UUID.fromString(caseId)).isNotNull();
        assertThat(opened.header("Location")).isEqualTo("/api/cases/" + caseId);
        assertThat(opened.header("ETag")).isEqualTo("\"1\"");
        assertThat(opened.json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anOpenedCaseReadsBackWithItsIdentityStatusAndVersion() {
        String serviceNumber = uniqueServiceNumber();
        String caseId = caseworker.post("/api/cases", caseOpening(serviceNumber)).json().get("caseId").asText();

        Api.Response read = caseworker.get("/api/cases/" + caseId).expectStatus(200);

        JsonNode body = read.json();
        assertThat(body.get("caseId").asText()).isEqualTo(caseId);
        assertThat(body.get("serviceNumber").asText()).isEqualTo(serviceNumber);
        assertThat(body.get("name").get("family").asText()).isEqualTo("Dumas");
        assertThat(body.get("name").get("middle").asText()).isEqualTo("A.");
        assertThat(body.get("status").asText()).isEqualTo("MISSING_IN_ACTION");
        assertThat(body.get("lastSeenAlive").asBoolean()).isFalse();
        assertThat(body.get("lossDate").asText()).isEqualTo("1950-11-04");
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void partialLossDatesAreKeptAsGiven() {
        Map<String, Object> request = with(caseOpening(uniqueServiceNumber()), "lossDate", "1950-11");
        String caseId = caseworker.post("/api/cases", request).expectStatus(201).json().get("caseId").asText();

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("lossDate").asText()).isEqualTo("1950-11");
    }

    @Test
    void aSecondCaseForTheSameServiceNumberIs409NamingTheExistingCase() {
        String serviceNumber = uniqueServiceNumber();
        String first = caseworker.post("/api/cases", caseOpening(serviceNumber)).json().get("caseId").asText();
        String sameNumberWrittenDifferently = serviceNumber.toLowerCase().replace("ra", "ra ");

        JsonNode problem = caseworker.post("/api/cases", caseOpening(sameNumberWrittenDifferently))
                .expectProblem(409, "DUPLICATE_SERVICE_NUMBER");

        assertThat(problem.get("existingCaseId").asText()).isEqualTo(first);
        assertThat(problem.get("detail").asText()).contains(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%CaseOpenedEvent' "
                + "AND convert_from(payload, 'UTF8')::jsonb->>'serviceNumber' ILIKE ?", Integer.class,
                "%" + serviceNumber.substring(2) + "%")).isEqualTo(1);
    }

    @Test
    void missingRequiredFieldsAre400NamingEachField() {
        Map<String, Object> request = with(with(with(caseOpening(uniqueServiceNumber()), "serviceNumber", null),
                "status", null), "source", "");
        request.put("name", Map.of("given", "Roger"));

        Api.Response refused = caseworker.post("/api/cases", request);

        refused.expectProblem(400, "VALIDATION_FAILED");
        assertThat(refused.errorFields()).contains("serviceNumber", "status", "source", "name.family");
    }

    @Test
    void anImpossibleDateIs400NamingTheField() {
        Api.Response refused = caseworker.post("/api/cases",
                with(caseOpening(uniqueServiceNumber()), "lossDate", "1950-02-30"));

        refused.expectProblem(400, "VALIDATION_FAILED");
        assertThat(refused.errorFields()).containsExactly("lossDate");
    }

    @Test
    void anUnknownStatusIs400NamingTheFieldAndTheAllowedValues() {
        JsonNode problem = caseworker.post("/api/cases", with(caseOpening(uniqueServiceNumber()), "status", "LOST"))
                .expectProblem(400, "MALFORMED_FIELD");

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("PRISONER_OF_WAR");
    }

    @Test
    void anUnknownFieldIs400RatherThanSilentlyIgnored() {
        Api.Response refused = caseworker.post("/api/cases", with(caseOpening(uniqueServiceNumber()), "statuss", "x"));

        refused.expectProblem(400, "MALFORMED_FIELD");
        assertThat(refused.errorFields()).containsExactly("statuss");
    }

    @Test
    void malformedJsonIs400() {
        caseworker.postRaw("/api/cases", "{\"serviceNumber\": ", "Content-Type", "application/json")
                .expectProblem(400, "MALFORMED_REQUEST");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        caseworker.postRaw("/api/cases", "serviceNumber=1", "Content-Type", "text/plain")
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void refusedOpeningsRecordNothing() {
        int before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);
        int claimsBefore = jdbc.queryForObject("SELECT count(*) FROM service_number_claim", Integer.class);

        caseworker.post("/api/cases", with(caseOpening(uniqueServiceNumber()), "status", null)).expectStatus(400);
        caseworker.post("/api/cases", with(caseOpening(uniqueServiceNumber()), "status", "ACCOUNTED_FOR"))
                .expectProblem(400, "FIELD_INVALID");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM service_number_claim", Integer.class))
                .isEqualTo(claimsBefore);
    }

    @Test
    void anUnknownCaseIs404() {
        caseworker.get("/api/cases/" + UUID.randomUUID()).expectProblem(404, "UNKNOWN_CASE");
        caseworker.get("/api/cases/not-a-case-id").expectProblem(404, "UNKNOWN_CASE");
        caseworker.post("/api/cases/" + UUID.randomUUID() + "/notes", Map.of("text", "hello"))
                .expectProblem(404, "UNKNOWN_CASE");
    }

    @Test
    void theRequestsFieldNamesArePartOfTheContract() {
        // The exact body from the contract, as a newcomer would paste it.
        String body = "{\"serviceNumber\": \"" + uniqueServiceNumber() + "\", \"name\": {\"family\": \"Dumas\", "
                + "\"given\": \"Roger\", \"middle\": \"A.\"}, \"rank\": \"Corporal\", \"branch\": \"ARMY\", "
                + "\"unit\": \"19th Infantry Regiment, 24th Infantry Division\", \"lossDate\": \"1950-11-04\", "
                + "\"lossPlace\": \"near the Yalu River\", \"circumstances\": \"...\", "
                + "\"status\": \"MISSING_IN_ACTION\", \"source\": \"...\"}";

        caseworker.postRaw("/api/cases", body, "Content-Type", "application/json").expectStatus(201);
    }
}
