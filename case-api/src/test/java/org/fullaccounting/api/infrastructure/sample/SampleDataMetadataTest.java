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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    /** The opening, the entries, and joining the Last Seen Alive list (the reports are not the case's events). */
    private static final int CASE_EVENTS = 1 + DumasCase.entries(new SampleSources.Registered(UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())).size() + 1;

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

        assertThat(stored).hasSize(CASE_EVENTS);
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
                .anyMatch(p -> p.contains("RETURNEE_DEBRIEF") && p.contains("Big Switch"))
                .noneMatch(p -> p.contains("Oprica")).noneMatch(p -> p.contains("Kim Yong"));
    }

    @Test
    void opricasAndKimYongsReportsAreSightingReportsCorrelatedWithTheCaseAsUnresolved() {
        UUID caseId = loader.sampleCase().orElseThrow();
        Api caseworker = Api.at(port).as("caseworker", "caseworker-demo");
        String petition = sourceId(caseworker, "Peace+Treaty+Initiative");

        JsonNode oprica = report(caseworker, "Serban Oprica, Romanian engineer");
        JsonNode kimYong = report(caseworker, "Lt. Col. Kim Yong, North Korean defector");

        assertThat(List.of(oprica.get("observedOn").asText(), oprica.get("reportedOn").asText(),
                oprica.get("place").asText(), oprica.get("sourceKind").asText(), oprica.get("sourceId").asText()))
                .containsExactly("1979", "1982", "a collective farm near Pyongyang", "FOREIGN_NATIONAL", petition);
        assertThat(List.of(kimYong.get("observedOn").asText(), kimYong.get("reportedOn").asText(),
                kimYong.get("place").asText(), kimYong.get("sourceKind").asText(), kimYong.get("sourceId").asText()))
                .containsExactly("1996", "2003", "a North Korean concentration camp", "DEFECTOR", petition);
        for (JsonNode report : List.of(oprica, kimYong)) {
            JsonNode correlations = caseworker.get("/api/sighting-reports/" + report.get("reportId").asText())
                    .expectStatus(200).json().get("correlations");
            assertThat(correlations).hasSize(1);
            assertThat(correlations.get(0).get("caseId").asText()).isEqualTo(caseId.toString());
            assertThat(correlations.get(0).get("assessment").asText()).isEqualTo("UNRESOLVED");
        }
        assertThat(kinds(staffHistory(caseworker, caseId))).filteredOn("SIGHTING_REPORT"::equals).hasSize(2);
    }

    @Test
    void theCaseIsOnTheLastSeenAliveNamedListCitingThePetitionNotDesignatedOnItsOwn() {
        UUID caseId = loader.sampleCase().orElseThrow();
        Api caseworker = Api.at(port).as("caseworker", "caseworker-demo");
        JsonNode list = lastSeenAliveList(caseworker);

        assertThat(List.of(list.get("name").asText(), list.get("keeper").asText(), list.get("version").asText()))
                .containsExactly("Last Seen Alive", "family advocates", "2,058 names");
        assertThat(list.hasNonNull("date")).as("the sources date no edition of the list").isFalse();
        JsonNode members = caseworker.get("/api/lists/" + list.get("listId").asText()).expectStatus(200).json()
                .at("/members/items");
        assertThat(members).hasSize(1);
        assertThat(members.get(0).get("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(members.get(0).get("sourceId").asText()).isEqualTo(sourceId(caseworker, "Peace+Treaty+Initiative"));
        assertThat(members.get(0).get("reason").asText()).contains("remains on the Last Seen Alive list");
        assertThat(caseworker.get("/api/cases/" + caseId).expectStatus(200).json().get("lastSeenAlive").asBoolean())
                .isTrue();
        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, caseId.toString())).noneMatch(type -> type.endsWith("LastSeenAliveDesignatedEvent"))
                .filteredOn(type -> type.endsWith("AddedToListEvent")).hasSize(1);
    }

    @Test
    void everyEntryTakenFromARegisteredDocumentCitesItWithTheCourantBesideThePetition() {
        UUID caseId = loader.sampleCase().orElseThrow();
        Api caseworker = Api.at(port).as("caseworker", "caseworker-demo");
        String petition = sourceId(caseworker, "Peace+Treaty+Initiative");
        String courant = sourceId(caseworker, "Hartford+Courant");
        String theDay = sourceId(caseworker, "Canterbury+man");
        JsonNode history = staffHistory(caseworker, caseId);

        JsonNode capture = entry(history, "CAPTIVITY_FACT", "near the Yalu River");
        assertThat(capture.at("/cited/sourceId").asText()).isEqualTo(petition);
        assertThat(correction(capture, "place").get("value").asText()).isEqualTo("near Anju");
        assertThat(correction(capture, "place").at("/cited/sourceId").asText()).isEqualTo(courant);
        JsonNode courtOrder = entry(history, "RECLASSIFICATION", "prisoner of war");
        assertThat(courtOrder.get("happenedOn").asText()).isEqualTo("1983");
        assertThat(courtOrder.at("/cited/sourceId").asText()).isEqualTo(petition);
        assertThat(correction(courtOrder, "effectiveOn").get("value").asText()).isEqualTo("1984");
        assertThat(correction(courtOrder, "effectiveOn").at("/cited/sourceId").asText()).isEqualTo(courant);
        assertThat(correction(entry(history, "CASE_OPENED", "Dumas"), "unit").at("/cited/sourceId").asText())
                .isEqualTo(theDay);
        JsonNode finding = entry(history, "PRESUMPTIVE_FINDING", "Presumptive finding of death");
        assertThat(finding.at("/cited/sourceId").asText()).isEqualTo(theDay);
        assertThat(finding.at("/cited/title").asText()).startsWith("Canterbury man still looking for answers");
        JsonNode membership = entry(history, "LIST_MEMBERSHIP", "Last Seen Alive");
        assertThat(membership.at("/cited/sourceId").asText()).isEqualTo(petition);
        assertThat(membership.at("/cited/title").asText()).contains("Peace Treaty Initiative");
        Map<String, String> registered = Map.of("Peace Treaty Initiative", petition, "Hartford Courant", courant,
                "The Day (New London)", theDay);
        int checked = 0;
        for (JsonNode e : history.get("entries")) {
            List<JsonNode> cited = new ArrayList<>(List.of(e));
            e.get("corrections").forEach(cited::add);
            for (JsonNode one : cited) {
                String source = one.path("source").asText("");
                String kind = e.get("kind").asText();
                for (Map.Entry<String, String> document : registered.entrySet()) {
                    // A report names its source's id on its own record (tests above).
                    if (source.contains(document.getKey()) && !"SIGHTING_REPORT".equals(kind)) {
                        assertThat(one.at("/cited/sourceId").asText()).as(kind + " citing " + source)
                                .isEqualTo(document.getValue());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void theFamilyReadsTheReportsAsTheAllowListedSentenceWithoutWitnessAndTheListWithOnlyItsOwnCase() {
        UUID caseId = loader.sampleCase().orElseThrow();
        Api family = Api.at(port).as("family", "family-demo");
        String listId = lastSeenAliveList(Api.at(port).as("caseworker", "caseworker-demo")).get("listId").asText();

        JsonNode history = family.get("/api/cases/" + caseId + "/history").expectStatus(200).json();

        assertThat(texts(history)).contains(
                "A report of unnamed American prisoners that may include Corporal Roger A. Dumas: seen at a "
                        + "collective farm near Pyongyang, observed 1979. Assessed for this case as unresolved.",
                "A report of unnamed American prisoners that may include Corporal Roger A. Dumas: seen at a North "
                        + "Korean concentration camp, observed 1996. Assessed for this case as unresolved.",
                "Added to the Last Seen Alive list (family advocates, version 2,058 names).");
        assertThat(history.toString()).doesNotContain("Oprica", "Kim Yong", "Romanian", "defector", "50 American",
                "Nothing in the report", "remains on the Last Seen Alive list");
        family.get("/api/sighting-reports").expectStatus(403);
        JsonNode lists = family.get("/api/lists").expectStatus(200).json();
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).get("listId").asText()).isEqualTo(listId);
        JsonNode mine = family.get("/api/lists/" + listId).expectStatus(200).json();
        assertThat(mine.get("cases")).hasSize(1);
        assertThat(mine.at("/cases/0/caseId").asText()).isEqualTo(caseId.toString());
        assertThat(mine.toString()).doesNotContain("sourceId", "remains on the Last Seen Alive list");
    }

    @Test
    void theSampleCaseIsServedFromItsHeaderWithEveryEntryCounted() {
        UUID caseId = loader.sampleCase().orElseThrow();

        assertThat(jdbc.queryForObject("SELECT last_sequence + 1 FROM case_header WHERE case_id = ?", Long.class,
                caseId)).isEqualTo((long) CASE_EVENTS);
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

    private JsonNode staffHistory(Api caseworker, UUID caseId) {
        return caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + CASE_EVENTS).expectStatus(200).json();
    }

    private static String sourceId(Api caseworker, String query) {
        JsonNode found = Eventually.until("a source found by " + query + " in the register",
                () -> caseworker.get("/api/sources?q=" + query).expectStatus(200).json(), json -> json.size() == 1);
        return found.get(0).get("sourceId").asText();
    }

    private static JsonNode report(Api caseworker, String witness) {
        for (JsonNode report : caseworker.get("/api/sighting-reports").expectStatus(200).json()) {
            if (witness.equals(report.get("witness").asText())) {
                return report;
            }
        }
        throw new AssertionError("no sighting report by " + witness);
    }

    private static JsonNode lastSeenAliveList(Api caseworker) {
        for (JsonNode list : caseworker.get("/api/lists").expectStatus(200).json()) {
            if (list.get("lastSeenAlive").asBoolean()) {
                return list;
            }
        }
        throw new AssertionError("no list is marked as the Last Seen Alive list");
    }

    private static JsonNode entry(JsonNode history, String kind, String text) {
        for (JsonNode e : history.get("entries")) {
            if (e.get("kind").asText().equals(kind) && e.get("text").asText().contains(text)) {
                return e;
            }
        }
        throw new AssertionError("no " + kind + " entry with \"" + text + "\" in " + history);
    }

    private static JsonNode correction(JsonNode entry, String field) {
        for (JsonNode c : entry.get("corrections")) {
            if (c.get("field").asText().equals(field)) {
                return c;
            }
        }
        throw new AssertionError("no correction of " + field + " in " + entry);
    }

    private static List<String> kinds(JsonNode history) {
        List<String> kinds = new ArrayList<>();
        history.get("entries").forEach(e -> kinds.add(e.get("kind").asText()));
        return kinds;
    }

    private static List<String> texts(JsonNode history) {
        List<String> texts = new ArrayList<>();
        history.get("entries").forEach(e -> texts.add(e.get("text").asText()));
        return texts;
    }
}
