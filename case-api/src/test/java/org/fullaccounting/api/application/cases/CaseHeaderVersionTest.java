package org.fullaccounting.api.application.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/cases/{id} is served from the case header read model, written in the transaction that
 * appends the case's events: the ETag a write answers, the header's version and the version
 * If-Match is checked against are one number.
 */
class CaseHeaderVersionTest extends ApiTest {

    @AfterEach
    void dropTrigger() {
        superuser().execute("DROP TRIGGER IF EXISTS refuse_header_notes ON case_header");
    }

    @Test
    void theETagAfterAWriteIsTheVersionTheHeaderServes() {
        UUID caseId = openCase();

        Api.Response written = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "briefed"))
                .expectStatus(201);
        Api.Response read = caseworker.get("/api/cases/" + caseId).expectStatus(200);

        assertThat(written.header("ETag")).isEqualTo("\"2\"");
        assertThat(written.json().get("version").asLong()).isEqualTo(2);
        assertThat(read.header("ETag")).isEqualTo(written.header("ETag"));
        assertThat(read.json().get("version").asLong()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT last_sequence FROM case_header WHERE case_id = ?", Long.class,
                caseId)).as("Axon's sequence of the last event").isEqualTo(1L);
    }

    @Test
    void theHeadersETagStillGuardsAWriteAndAnOlderOneIs412() {
        UUID caseId = openCase();
        String seen = caseworker.get("/api/cases/" + caseId).header("ETag");
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "mine"), "If-Match", seen).expectStatus(201);

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "late"), "If-Match", seen)
                .expectProblem(412, "STALE_VERSION");

        JsonNode header = caseworker.get("/api/cases/" + caseId).json();
        assertThat(header.get("version").asLong()).isEqualTo(2);
        assertThat(header.get("counts").get("NOTE").asInt()).isEqualTo(1);
    }

    @Test
    void aWriteWhoseHeaderCannotBeStoredIsNotRecorded() {
        UUID caseId = openCase();
        superuser().execute("CREATE OR REPLACE FUNCTION refuse_header_notes() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.case_id = '" + caseId + "' AND NEW.counts ? 'NOTE' THEN "
                + "RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
        superuser().execute("CREATE TRIGGER refuse_header_notes BEFORE UPDATE ON case_header "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_header_notes()");

        int status = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "lost")).status();

        assertThat(status).isGreaterThanOrEqualTo(400);
        assertThat(eventCount(caseId)).isEqualTo(1);
        assertThat(caseworker.get("/api/cases/" + caseId).header("ETag")).isEqualTo("\"1\"");
    }
}
