package org.fullaccounting.projections.caseheader;

import org.axonframework.eventhandling.DomainEventMessage;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.api.CaseStatus.*;
import static org.fullaccounting.casefile.api.EntryKind.*;

class CaseHeaderProjectionTest {

    private static final UUID CASE = UUID.fromString("0c0a5e00-0000-4000-8000-000000000001");
    private static final UUID SIGHTING_ID = id(2);
    private static final UUID DUPLICATE = id(3);
    private static final UUID RECLASSIFICATION_ID = id(5);
    private static final UUID REMOVAL = id(9);
    private static final HistoricalDate Y1953 = HistoricalDate.of("1953");
    private static final CaseOpenedEvent OPENED = new CaseOpenedEvent(CASE, "RA 11 190 352",
            new PersonName("Dumas", "Roger", "A."), "Cpl.", Branch.ARMY, "19th Infantry", HistoricalDate.of("1950-11"),
            "Unsan", "missing", MISSING_IN_ACTION, "morning report");

    private JdbcTemplate jdbc;
    private CaseScript script;
    private CaseHeaderQuery query;

    @BeforeEach
    void givenACaseWithEveryKindOfEntry() {
        jdbc = ProjectionDatabase.migrated();
        query = new CaseHeaderQuery(jdbc);
        script = new CaseScript(Instant.parse("2026-03-01T09:00:00Z"), "caseworker").record(
                OPENED,
                new CaptivityFactRecordedEvent(CASE, id(1), CaptivityFactKind.CAPTURED, Y1953, "Unsan", null, null,
                        null, "debrief"),
                new SightingReportedEvent(CASE, SIGHTING_ID, Y1953, Y1953, "Camp 5", SourceKind.RETURNEE_DEBRIEF,
                        "a returnee", "seen led away", "debrief"),
                new SightingReportedEvent(CASE, DUPLICATE, Y1953, Y1953, "Camp 5", SourceKind.RETURNEE_DEBRIEF,
                        "a returnee", "the same sighting again", "debrief"),
                new SightingAssessedEvent(CASE, id(4), SIGHTING_ID, Assessment.UNRESOLVED, null, "no second source"),
                new StatusReclassifiedEvent(CASE, RECLASSIFICATION_ID, MISSING_IN_ACTION, PRISONER_OF_WAR, Y1953,
                        "court", "order", "court order"),
                new CorrespondenceLoggedEvent(CASE, id(6), Y1953, CorrespondenceKind.LETTER, Direction.OUTGOING,
                        "office", "family", "news", null, null, false),
                new LastSeenAliveDesignatedEvent(CASE, id(7), "list", "seen alive"),
                new NoteAddedEvent(CASE, id(8), "a note"),
                new LastSeenAliveRemovedEvent(CASE, REMOVAL, "list", "struck"),
                new RemainsRecoveredEvent(CASE, id(10), Y1953, "Unsan", "operation", "report"),
                new RemainsIdentifiedEvent(CASE, id(11), Y1953, IdentificationMethod.DENTAL, PRISONER_OF_WAR,
                        "lab"),
                new EntryCorrectedEvent(CASE, id(12), id(8), NOTE, "text", "a better note", "typo", "review"),
                new FamilyMemberLinkedEvent(CASE, id(13), "nephew", "petition"),
                new FamilyMemberUnlinkedEvent(CASE, id(14), "nephew", "withdrawn"),
                new EntryRetractedEvent(CASE, id(15), DUPLICATE, SIGHTING, "duplicate", null, null),
                new EntryRetractedEvent(CASE, id(16), REMOVAL, LAST_SEEN_ALIVE, "struck in error", null, true));
    }

    @Test
    void theHeaderCountsEveryKindOfEntryAndLeavesRetractedOnesOut() {
        script.deliverTo(new CaseHeaderProjection(jdbc, nothingEarlier()));

        CaseHeader header = query.find(CASE).orElseThrow();
        assertThat(header.summary().counts()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(CASE_OPENED, 1), Map.entry(CAPTIVITY_FACT, 1), Map.entry(SIGHTING, 1),
                Map.entry(ASSESSMENT, 1), Map.entry(RECLASSIFICATION, 1), Map.entry(CORRESPONDENCE, 1),
                Map.entry(LAST_SEEN_ALIVE, 1), Map.entry(NOTE, 1), Map.entry(REMAINS_RECOVERED, 1),
                Map.entry(REMAINS_IDENTIFIED, 1), Map.entry(CORRECTION, 1), Map.entry(FAMILY_LINK, 2),
                Map.entry(RETRACTION, 2)));
        assertThat(header.summary().retracted()).isEqualTo(2);
        assertThat(header.version()).isEqualTo(new CaseVersion(17));
    }

    @Test
    void theHeaderHoldsTheIdentityAndTheStatusAndDesignationAsRestoredByRetractions() {
        script.deliverTo(new CaseHeaderProjection(jdbc, nothingEarlier()));

        CaseHeader header = query.find(CASE).orElseThrow();
        assertThat(header.summary().caseId()).isEqualTo(CASE);
        assertThat(header.summary().serviceNumber()).isEqualTo("RA 11 190 352");
        assertThat(header.summary().name().display()).isEqualTo("Roger A. Dumas");
        assertThat(header.summary().branch()).isEqualTo(Branch.ARMY);
        assertThat(header.summary().lossDate()).isEqualTo(HistoricalDate.of("1950-11"));
        assertThat(header.summary().status()).isEqualTo(ACCOUNTED_FOR);
        assertThat(header.summary().lastSeenAlive()).as("the removal was retracted").isTrue();
    }

    @Test
    void retractingAReclassificationRestoresTheStatusBefore() {
        CaseHeaderProjection projection = new CaseHeaderProjection(jdbc, nothingEarlier());
        CaseScript reclassified = new CaseScript(Instant.parse("2026-03-01T09:00:00Z"), "caseworker").record(
                OPENED,
                new StatusReclassifiedEvent(CASE, RECLASSIFICATION_ID, MISSING_IN_ACTION, PRISONER_OF_WAR, Y1953,
                        "court", "order", "court order"),
                new EntryRetractedEvent(CASE, id(3), RECLASSIFICATION_ID, EntryKind.RECLASSIFICATION, "mistake",
                        MISSING_IN_ACTION, null));
        reclassified.deliverTo(projection);

        CaseHeader header = query.find(CASE).orElseThrow();
        assertThat(header.summary().status()).isEqualTo(MISSING_IN_ACTION);
        assertThat(header.summary().counts()).containsOnlyKeys(CASE_OPENED, RETRACTION);
        assertThat(header.version()).isEqualTo(new CaseVersion(3));
    }

    @Test
    void redeliveredEventsChangeNothing() {
        CaseHeaderProjection projection = new CaseHeaderProjection(jdbc, nothingEarlier());
        script.deliverTo(projection);
        CaseHeader once = query.find(CASE).orElseThrow();

        script.deliverTo(projection);

        assertThat(query.find(CASE)).contains(once);
    }

    @Test
    void aCaseRecordedBeforeTheHeaderExistedIsFoldedFromItsEarlierEvents() {
        List<DomainEventMessage<?>> all = script.messages();
        EarlierEvents fromTheStore = (caseId, sequence) -> all.stream()
                .filter(m -> m.getSequenceNumber() < sequence).map(m -> (CaseEvent) m.getPayload()).toList();
        CaseHeaderProjection projection = new CaseHeaderProjection(jdbc, fromTheStore);

        // Only the last event reaches the projection: the others were recorded before it existed.
        CaseScript.deliverOne(all.get(all.size() - 1), projection);

        CaseHeader header = query.find(CASE).orElseThrow();
        assertThat(header.version()).isEqualTo(new CaseVersion(17));
        assertThat(header.summary().retracted()).isEqualTo(2);
        assertThat(header.summary().status()).isEqualTo(ACCOUNTED_FOR);
    }

    @Test
    void anUnknownCaseHasNoHeader() {
        assertThat(query.find(UUID.randomUUID())).isEmpty();
    }

    private static EarlierEvents nothingEarlier() {
        return (caseId, sequence) -> {
            throw new AssertionError("the header should not need the store here");
        };
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("e0000000-0000-4000-8000-%012d", n));
    }
}
