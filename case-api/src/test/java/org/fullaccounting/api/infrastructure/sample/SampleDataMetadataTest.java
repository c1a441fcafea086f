package org.fullaccounting.api.infrastructure.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.reads.Eventually;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
    @LocalServerPort
    private int port;

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
    void theDemoFamilyAccountReadsTheSampleCase() {
        UUID caseId = loader.sampleCase().orElseThrow();

        Api family = Api.at(port).as("family", "family-demo");

        String mine = Eventually.until("the demo family's link in its read model",
                () -> family.get("/api/my/cases").expectStatus(200).json().toString(),
                json -> json.contains(caseId.toString()));

        assertThat(mine).contains("Dumas");
        Api.at(port).as("family", "family-demo").get("/api/cases/" + caseId + "/history").expectStatus(200);
    }

    @Test
    void bobDumasWasPrimaryUntilHisDeathOn6February2021AndBillHisNephewSucceedsHim() {
        UUID caseId = loader.sampleCase().orElseThrow();
        Api admin = Api.at(port).as("admin", "admin-password-for-tests");
        admin.post("/api/admin/users", java.util.Map.of("username", "sample-auditor", "password", "auditor-password-1",
                "roles", List.of("AUDITOR"))).expectStatus(201);

        JsonNode people = Api.at(port).as("sample-auditor", "auditor-password-1").get("/api/cases/" + caseId + "/people")
                .expectStatus(200).json().get("people");

        assertThat(people).hasSize(2);
        assertThat(people.get(0).get("name").asText()).isEqualTo("Robert (Bob) Dumas");
        assertThat(people.get(0).get("relationship").asText()).isEqualTo("BROTHER");
        assertThat(people.get(0).get("diedOn").asText()).isEqualTo("2021-02-06");
        assertThat(people.get(0).get("primary").asBoolean()).isFalse();
        assertThat(people.get(1).get("name").asText()).isEqualTo("Bill Dumas");
        assertThat(people.get(1).get("primary").asBoolean()).isTrue();
        assertThat(people.get(1).get("primarySince").asText()).isEqualTo("2021-02-06");
        JsonNode family = Api.at(port).as("family", "family-demo").get("/api/cases/" + caseId + "/people").json();
        assertThat(family.get("pointOfContact").get("name").asText()).isEqualTo("Bill Dumas");
        assertThat(family.get("me").get("name").asText()).isEqualTo("Bill Dumas");
    }

    @Test
    void noEntryOfTheSampleCitesTheProjectsOwnGlossaryOrCallsAThirdPartyMemorandumInternal() {
        UUID caseId = loader.sampleCase().orElseThrow();

        List<String> payloads = jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, caseId.toString());

        assertThat(payloads).noneMatch(p -> p.contains("GLOSSARY")).noneMatch(p -> p.contains("\"INTERNAL\""))
                .noneMatch(p -> p.contains("2018-05-08")).noneMatch(p -> p.contains("Department of Defense"))
                .anyMatch(p -> p.contains("Hartford Courant, 12 Nov 1992") && p.contains("near Anju"))
                .anyMatch(p -> p.contains("1954-02-26") && p.contains("Department of the Army"))
                .anyMatch(p -> p.contains("RETURNEE_DEBRIEF") && p.contains("Big Switch"));
    }

    @Test
    void theSampleCaseIsServedFromItsHeaderWithEveryEntryCounted() {
        UUID caseId = loader.sampleCase().orElseThrow();

        assertThat(jdbc.queryForObject("SELECT last_sequence + 1 FROM case_header WHERE case_id = ?", Long.class,
                caseId)).isEqualTo(1L + DumasCase.entries().size());
    }

    @Test
    void theSamplesDocumentsAreInTheSourceRegisterWithTheirTextsAndTheMemorandaLinkedToTheCase() {
        UUID caseId = loader.sampleCase().orElseThrow();
        Api caseworker = Api.at(port).as("caseworker", "caseworker-demo");

        JsonNode memorandum = Eventually.until("the Acheson memorandum in the register",
                () -> caseworker.get("/api/sources?q=Secretary+of+State+to+the+President").expectStatus(200).json(),
                found -> found.size() > 0).get(0);
        JsonNode page = caseworker.get("/api/sources/" + memorandum.get("sourceId").asText()).expectStatus(200).json();

        assertThat(page.at("/source/archiveReference").asText()).isEqualTo("FRUS 1952–1954, vol. XV, doc. 30");
        assertThat(page.at("/cases/0/caseId").asText()).isEqualTo(caseId.toString());
        assertThat(page.at("/attachments/0/mediaType").asText()).startsWith("text/plain");
        String text = caseworker.get("/api/sources/" + memorandum.get("sourceId").asText() + "/attachments/1")
                .expectStatus(200).body();
        assertThat(text).contains("Approved Feb. 8, 1952");
        assertThat(caseworker.get("/api/sources?q=Peace+Treaty+Initiative").expectStatus(200).json().toString())
                .contains("PETITION");
        assertThat(caseworker.get("/api/sources?q=Hartford+Courant").expectStatus(200).json().toString())
                .contains("PRESS");
    }

    @Test
    void theSampleCaseIsLinkedToCamp5WhichIsFoundByItsAliasPyoktong() {
        UUID caseId = loader.sampleCase().orElseThrow();

        List<UUID> linked = jdbc.queryForList("SELECT l.case_id FROM pow_camp k JOIN camp_case l ON l.camp_id = k.camp_id"
                + " WHERE k.name = 'Camp 5' AND 'Pyoktong' = ANY (k.aliases)", UUID.class);

        assertThat(linked).containsExactly(caseId);
    }
}
