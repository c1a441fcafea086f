package org.fullaccounting.api.infrastructure.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.cases.CaseWriter;
import org.fullaccounting.api.application.namedlists.NamedLists;
import org.fullaccounting.api.application.reports.SightingReports;
import org.fullaccounting.api.application.sources.Attachments;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.RetractEntryCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample Dumas case recorded in three sittings, with an instant taken after each; the third
 * sitting puts the case on the Last Seen Alive list, files the two reports of unnamed Americans
 * correlated with it, and retracts the Camp 5 internment recorded in the first. As-of answers come
 * from the event store (the reports from their own record as of the instant) and must show each
 * instant exactly as recorded then.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)   // the case is recorded once for all tests
class DumasAsOfTest extends ApiTest {

    @Autowired
    private CaseWriter writer;
    @Autowired
    private SourceRegister sources;
    @Autowired
    private Attachments attachments;
    @Autowired
    private NamedLists lists;
    @Autowired
    private SightingReports reports;

    private final Authentication loader = new UsernamePasswordAuthenticationToken("sample-loader", null,
            AuthorityUtils.createAuthorityList("ROLE_" + Roles.CASEWORKER));
    private UUID caseId;
    private SampleSources.Registered documents;
    private UUID campEntry;
    private Instant beforeOpening;
    private Instant firstSitting;
    private Instant secondSitting;
    private Instant thirdSitting;

    @BeforeEach
    void givenTheDumasCaseRecordedInThreeSittings() throws InterruptedException {
        if (caseId != null) {
            return;
        }
        caseId = UUID.randomUUID();
        documents = SampleSources.register(sources, attachments);
        List<BiFunction<UUID, UUID, CaseCommand>> entries = DumasCase.entries(documents);
        beforeOpening = pause();
        write(caseId, DumasCase.opening(caseId, documents));
        for (BiFunction<UUID, UUID, CaseCommand> entry : entries.subList(0, 5)) {   // note, unit, capture, Anju, Camp 5
            campEntry = write(UUID.randomUUID(), entry);
        }
        firstSitting = pause();
        for (BiFunction<UUID, UUID, CaseCommand> entry : entries.subList(5, 13)) {  // up to the court order and its corrections
            write(UUID.randomUUID(), entry);
        }
        secondSitting = pause();
        for (BiFunction<UUID, UUID, CaseCommand> entry : entries.subList(13, entries.size())) {
            write(UUID.randomUUID(), entry);
        }
        asLoader(() -> {
            DumasRecords.joinLastSeenAliveList(lists, documents, caseId);
            DumasRecords.fileReports(reports, documents, caseId);
        });
        UUID retraction = UUID.randomUUID();
        write(retraction, new RetractEntryCommand(caseId, retraction, campEntry,
                "Test: the camp was recorded from an unreliable list.", null));
        thirdSitting = pause();
    }

    @Test
    void theCaseAsOfEachInstantIsExactlyAsRecordedThen() {
        JsonNode first = caseAt(firstSitting);
        JsonNode second = caseAt(secondSitting);
        JsonNode third = caseAt(thirdSitting);

        assertThat(first.get("version").asLong()).isEqualTo(6);
        assertThat(first.get("status").asText()).isEqualTo("MISSING_IN_ACTION");
        assertThat(first.get("lastSeenAlive").asBoolean()).isFalse();
        assertThat(first.get("counts").get("CAPTIVITY_FACT").asInt()).isEqualTo(2);
        assertThat(first.get("retractedEntries").asInt()).isZero();

        assertThat(second.get("version").asLong()).isEqualTo(14);
        assertThat(second.get("status").asText()).isEqualTo("PRISONER_OF_WAR");   // 1954 MPD, then the 1983 court order
        assertThat(second.get("counts").get("CORRESPONDENCE").asInt()).isEqualTo(2);
        assertThat(second.get("lastSeenAlive").asBoolean()).isFalse();

        assertThat(third.get("version").asLong()).isEqualTo(versionAfterThirdSitting());
        assertThat(third.get("lastSeenAlive").asBoolean()).isTrue();   // by the list
        assertThat(third.get("counts").get("CAPTIVITY_FACT").asInt()).isEqualTo(1);   // Camp 5 retracted
        assertThat(third.get("retractedEntries").asInt()).isEqualTo(1);
        assertThat(third).isEqualTo(caseworker.get("/api/cases/" + caseId).expectStatus(200).json());
        auditor.get("/api/cases/" + caseId + "?asOf=" + beforeOpening).expectProblem(404, "UNKNOWN_CASE");
    }

    @Test
    void theStatusInForceOnADayIsReadFromTheRecordOfTheInstantAsked() {
        assertThat(auditor.get("/api/cases/" + caseId + "?validAt=1970-01-01").expectStatus(200).json()
                .get("status").asText()).isEqualTo("MISSING_PRESUMED_DEAD");   // the Army's 1954 finding
        assertThat(auditor.get("/api/cases/" + caseId + "?validAt=1990-01-01").expectStatus(200).json()
                .get("status").asText()).isEqualTo("PRISONER_OF_WAR");   // the court order of 1983
        assertThat(auditor.get("/api/cases/" + caseId + "?validAt=1990-01-01&asOf=" + firstSitting)
                .expectStatus(200).json().get("status").asText()).isEqualTo("MISSING_IN_ACTION");   // neither recorded yet
        assertThat(kinds(auditor.get("/api/cases/" + caseId + "/history?validAt=1954-02-26").expectStatus(200).json()))
                .contains("PRESUMPTIVE_FINDING").doesNotContain("RECLASSIFICATION");
    }

    @Test
    void theHistoryAsOfEachInstantShowsOnlyWhatWasRecordedAndRetractionsOnlyOnceMade() {
        JsonNode first = historyAt(firstSitting);
        JsonNode second = historyAt(secondSitting);
        JsonNode third = historyAt(thirdSitting);

        assertThat(kinds(first)).containsExactly("CASE_OPENED", "CAPTIVITY_FACT", "NOTE", "CAPTIVITY_FACT");
        assertThat(correction(first.get("entries").get(0), "unit").at("/cited/sourceId").asText())
                .isEqualTo(documents.theDay2018().toString());
        assertThat(entry(first, campEntry).get("retracted")).isNull();
        assertThat(entry(first, campEntry).get("happenedOn")).isNull();

        // the second sitting's eight entries but the court order's two corrections
        assertThat(second.get("entries")).hasSize(4 + 6);
        assertThat(texts(second)).noneMatch(text -> text.contains("Last Seen Alive"));
        assertThat(kinds(second)).doesNotContain("SIGHTING_REPORT");
        JsonNode courtOrder = courtOrder(second);
        assertThat(courtOrder.get("happenedOn").asText()).isEqualTo("1983");
        assertThat(courtOrder.at("/cited/sourceId").asText()).isEqualTo(documents.petition().toString());
        assertThat(correction(courtOrder, "effectiveOn").get("value").asText()).isEqualTo("1984");
        assertThat(correction(courtOrder, "effectiveOn").at("/cited/sourceId").asText())
                .isEqualTo(documents.courant1992().toString());
        assertThat(entry(second, campEntry).get("retracted")).isNull();
        JsonNode finding = second.get("entries").findParents("kind").stream()
                .filter(e -> e.get("kind").asText().equals("PRESUMPTIVE_FINDING")).findFirst().orElseThrow();
        assertThat(finding.at("/cited/sourceId").asText()).isEqualTo(documents.theDay2018().toString());
        assertThat(finding.at("/cited/title").asText()).startsWith("Canterbury man still looking for answers");

        assertThat(kinds(third)).contains("LIST_MEMBERSHIP").filteredOn("SIGHTING_REPORT"::equals).hasSize(2);
        JsonNode membership = third.get("entries").findParents("kind").stream()
                .filter(e -> e.get("kind").asText().equals("LIST_MEMBERSHIP")).findFirst().orElseThrow();
        assertThat(membership.at("/cited/sourceId").asText()).isEqualTo(documents.petition().toString());
        assertThat(texts(third)).anyMatch(text -> text.startsWith("Added to the Last Seen Alive list"))
                .anyMatch(text -> text.contains("collective farm near Pyongyang"))
                .anyMatch(text -> text.contains("North Korean concentration camp"));
        assertThat(entry(third, campEntry).get("retracted").get("reason").asText())
                .isEqualTo("Test: the camp was recorded from an unreliable list.");
        assertThat(entry(third, campEntry).get("retracted").get("recordedBy").asText()).isEqualTo("sample-loader");
        // the opening, the entries but the 4 corrections (they sit beside others), the membership and the 2 reports
        assertThat(third.get("entries")).hasSize(1 + entries().size() - 4 + 1 + 2);
        auditor.get("/api/cases/" + caseId + "/history?asOf=" + beforeOpening).expectProblem(404, "UNKNOWN_CASE");
    }

    @Test
    void theHistoryAsOfNowEqualsTheReadModelOnceCaughtUp() {
        long version = versionAfterThirdSitting();
        JsonNode stored = caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).expectStatus(200)
                .json();
        JsonNode folded = historyAt(thirdSitting);

        assertThat(stored.get("entries")).isEqualTo(folded.get("entries"));
        assertThat(stored.get("version")).isEqualTo(folded.get("version"));
    }

    private UUID write(UUID entryId, BiFunction<UUID, UUID, CaseCommand> entry) {
        write(entryId, entry.apply(caseId, entryId));
        return entryId;
    }

    /** Written as the signed-in loader: the recording context takes who from the security context. */
    private void write(UUID entryId, CaseCommand command) {
        asLoader(() -> writer.write(new CaseWriter.Write(command, null)));
    }

    private void asLoader(Runnable writes) {
        SecurityContextHolder.getContext().setAuthentication(loader);
        try {
            writes.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The opening, the entries, joining the list and the retraction (the reports are not the case's events). */
    private long versionAfterThirdSitting() {
        return 1 + entries().size() + 1 + 1;
    }

    private List<BiFunction<UUID, UUID, CaseCommand>> entries() {
        return DumasCase.entries(documents);
    }

    private static JsonNode correction(JsonNode entry, String field) {
        for (JsonNode c : entry.get("corrections")) {
            if (c.get("field").asText().equals(field)) {
                return c;
            }
        }
        throw new AssertionError("no correction of " + field + " in " + entry);
    }

    /** An instant strictly between two sittings (the store keeps milliseconds). */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(5);
        return now;
    }

    private JsonNode caseAt(Instant instant) {
        return auditor.get("/api/cases/" + caseId + "?asOf=" + instant).expectStatus(200).json();
    }

    private JsonNode historyAt(Instant instant) {
        JsonNode history = auditor.get("/api/cases/" + caseId + "/history?asOf=" + instant).expectStatus(200).json();
        assertThat(history.get("asOf").asText()).isEqualTo(instant.toString());
        return history;
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

    private static JsonNode entry(JsonNode history, UUID entryId) {
        for (JsonNode e : history.get("entries")) {
            if (e.get("entryId").asText().equals(entryId.toString())) {
                return e;
            }
        }
        throw new AssertionError("no entry " + entryId + " in " + history);
    }

    private static JsonNode courtOrder(JsonNode history) {
        for (JsonNode e : history.get("entries")) {
            if (e.get("kind").asText().equals(EntryKind.RECLASSIFICATION.name())
                    && e.get("text").asText().contains("prisoner of war")) {
                return e;
            }
        }
        throw new AssertionError("no court order in " + history);
    }
}
