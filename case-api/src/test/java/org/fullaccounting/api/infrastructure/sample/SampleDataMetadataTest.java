package org.fullaccounting.api.infrastructure.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample loader sends its commands with no request and no one signed in: the recording
 * context still stores who (the system), roles, a request id and the time on every event. In a
 * database of its own, since the sample case takes its service number for good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleDataMetadataTest {

    private static final TestDatabase.Database DATABASE = TestDatabase.fresh();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SampleDataLoader loader;

    @DynamicPropertySource
    static void sampleDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", DATABASE::url);
        properties.add("spring.datasource.username", DATABASE::user);
        properties.add("spring.datasource.password", DATABASE::password);
        properties.add("fa.sample-data", () -> "true");
        properties.add("fa.admin-password", () -> "admin-password-for-tests");
    }

    @Test
    void everyEventOfTheSampleCaseIsRecordedByTheSystemUnderOneRequestIdWithItsTime() throws Exception {
        UUID caseId = loader.sampleCase().orElseThrow();

        List<String> stored = jdbc.queryForList("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, caseId.toString());

        assertThat(stored).hasSize(1 + DumasCase.entries().size());
        for (String json : stored) {
            JsonNode metadata = new ObjectMapper().readTree(json);
            assertThat(metadata.get("user").asText()).isEqualTo("system");
            assertThat(metadata.get("roles").asText()).isEqualTo("SYSTEM");
            assertThat(metadata.get("requestId").asText()).isEqualTo("sample-data-" + caseId);
            assertThat(Instant.parse(metadata.get("recordedAt").asText())).isBefore(Instant.now());
        }
    }

    @Test
    void theSampleCaseIsServedFromItsHeaderWithEveryEntryCounted() {
        UUID caseId = loader.sampleCase().orElseThrow();

        assertThat(jdbc.queryForObject("SELECT last_sequence + 1 FROM case_header WHERE case_id = ?", Long.class,
                caseId)).isEqualTo(1L + DumasCase.entries().size());
    }
}
