package org.fullaccounting.api.application.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventMetadataTest extends ApiTest {

    @Test
    void everyStoredEventCarriesWhoRecordedItUnderWhichRequestAndWhen() throws Exception {
        UUID caseId = openCase();
        Instant before = Instant.now();

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "briefed the family"),
                "X-Request-Id", "req-42").expectStatus(201);

        String stored = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 1", String.class, caseId.toString());
        JsonNode metadata = new ObjectMapper().readTree(stored);
        assertThat(metadata.get("user").asText()).isEqualTo("test-caseworker");
        assertThat(metadata.get("roles").asText()).isEqualTo("CASEWORKER");
        assertThat(metadata.get("requestId").asText()).isEqualTo("req-42");
        assertThat(Duration.between(before, Instant.parse(metadata.get("recordedAt").asText())).abs())
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void theRequestIdIsEchoedAndInventedWhenMissing() {
        UUID caseId = openCase();

        String echoed = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "x"),
                "X-Request-Id", "abc-1").header("X-Request-Id");
        String invented = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "y")).header("X-Request-Id");

        assertThat(echoed).isEqualTo("abc-1");
        assertThat(UUID.fromString(invented)).isNotNull();
    }
}
