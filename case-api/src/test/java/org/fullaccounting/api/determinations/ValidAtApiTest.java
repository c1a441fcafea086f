package org.fullaccounting.api.determinations;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.determinations.DeterminationsApiTest.kinds;

/**
 * A Dumas-like case: lost 4 November 1950 and missing in action, found presumed dead by the Army on
 * 26 February 1954, reclassified prisoner of war by a federal court in 1983 (1984 by another source).
 * The court order is recorded after an instant {@code beforeTheCourtOrder}: what the record said then
 * about 1990 differs from what it says now.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidAtApiTest extends ApiTest {

    private UUID caseId;
    private Instant beforeTheCourtOrder;

    @BeforeEach
    void givenTheCaseRecordedInTwoSittings() throws InterruptedException {
        if (caseId != null) {
            return;
        }
        caseId = openCase();
        String path = "/api/cases/" + caseId;
        caseworker.post(path + "/presumptive-findings", Requests.presumptiveFinding()).expectStatus(201);
        Thread.sleep(5);
        beforeTheCourtOrder = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(5);
        String courtOrder = caseworker.post(path + "/reclassifications", Requests.reclassification("PRISONER_OF_WAR",
                "1983")).expectStatus(201).json().get("entryId").asText();
        long version = caseworker.post(path + "/corrections", Map.of("entryId", courtOrder, "action", "CORRECT",
                "field", "effectiveOn", "value", "1984", "reason", "another source dates it 1984",
                "source", "Hartford Courant, 12 Nov 1992")).expectStatus(201).json().get("version").asLong();
        caseworker.get(path + "/history?minVersion=" + version).expectStatus(200);
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
    }

    private JsonNode caseAt(String query) {
        return auditor.get("/api/cases/" + caseId + "?" + query).expectStatus(200).json();
    }

    @Test
    void in1970TheRecordSaysHeWasPresumedDead() {
        JsonNode in1970 = caseAt("validAt=1970-01-01");

        assertThat(in1970.get("status").asText()).isEqualTo("MISSING_PRESUMED_DEAD");
        assertThat(in1970.get("validAt").asText()).isEqualTo("1970-01-01");
        assertThat(in1970.get("counts").has("RECLASSIFICATION")).isFalse();
        assertThat(in1970.get("version").asLong())
                .isEqualTo(caseworker.get("/api/cases/" + caseId).json().get("version").asLong());
    }

    @Test
    void in1990TheRecordNowSaysPrisonerOfWar() {
        assertThat(caseAt("validAt=1990-01-01").get("status").asText()).isEqualTo("PRISONER_OF_WAR");
        assertThat(caseAt("validAt=1983-01-01").get("status").asText()).isEqualTo("PRISONER_OF_WAR");
        assertThat(caseAt("validAt=1982-12-31").get("status").asText()).isEqualTo("MISSING_PRESUMED_DEAD");
    }

    @Test
    void beforeTheCourtOrderWasRecordedTheRecordSaidPresumedDeadEvenFor1990() {
        JsonNode then = caseAt("asOf=" + beforeTheCourtOrder + "&validAt=1990-01-01");

        assertThat(then.get("status").asText()).isEqualTo("MISSING_PRESUMED_DEAD");
        assertThat(then.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void beforeTheLossTheCaseHadNoStatusAndBeforeTheFindingItWasMissingInAction() {
        assertThat(caseAt("validAt=1950-11-03").path("status").isValueNode()).isFalse();   // absent: no status yet
        assertThat(caseAt("validAt=1953-01-01").get("status").asText()).isEqualTo("MISSING_IN_ACTION");
    }

    @Test
    void theHistoryAtADateShowsWhatHeldByThen() {
        JsonNode in1970 = auditor.get("/api/cases/" + caseId + "/history?validAt=1970-01-01").expectStatus(200).json();
        JsonNode then = auditor.get("/api/cases/" + caseId + "/history?validAt=1990-01-01&asOf="
                + beforeTheCourtOrder).expectStatus(200).json();
        JsonNode now = auditor.get("/api/cases/" + caseId + "/history?validAt=1990-01-01").expectStatus(200).json();

        assertThat(kinds(in1970)).containsExactly("CASE_OPENED", "PRESUMPTIVE_FINDING");
        assertThat(in1970.get("validAt").asText()).isEqualTo("1970-01-01");
        assertThat(kinds(then)).containsExactly("CASE_OPENED", "PRESUMPTIVE_FINDING");
        assertThat(kinds(now)).containsExactly("CASE_OPENED", "PRESUMPTIVE_FINDING", "RECLASSIFICATION");
    }

    @Test
    void aFamilyMayAskAboutADateOnItsOwnCaseThroughTheAllowList() {
        JsonNode view = family.get("/api/cases/" + caseId + "?validAt=1970-01-01").expectStatus(200).json();
        JsonNode history = family.get("/api/cases/" + caseId + "/history?validAt=1970-01-01&asOf="
                + beforeTheCourtOrder).expectStatus(200).json();

        assertThat(view.get("status").asText()).isEqualTo("MISSING_PRESUMED_DEAD");
        assertThat(view.has("version")).isFalse();
        assertThat(view.has("counts")).isFalse();
        assertThat(kinds(history)).containsExactly("CASE_OPENED", "PRESUMPTIVE_FINDING");
        family.get("/api/cases/" + openCase() + "?validAt=1970-01-01").expectProblem(404, "UNKNOWN_CASE");
    }

    @Test
    void aDateThatIsNotADayIsRefusedNamingValidAt() {
        for (String bad : new String[]{"1970", "1970-13-01", "1970-02-30", "01/01/1970", "%00", "9999999999-01-01"}) {
            for (String path : new String[]{"", "/history"}) {
                JsonNode problem = auditor.get("/api/cases/" + caseId + path + "?validAt=" + bad).expectStatus(400)
                        .json();
                assertThat(problem.get("code").asText()).as(bad).isIn("INVALID_PARAMETER", "INVALID_TEXT");
                assertThat(problem.get("errors").get(0).get("field").asText()).as(bad).isEqualTo("validAt");
            }
        }
    }
}
