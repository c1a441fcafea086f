package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.*;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The leaks a hostile probe found on main, each folded from events, and what a family reads instead. */
class FamilyHistoryTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final UUID SIGHTING = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    private final List<CaseEvent> events = new ArrayList<>(List.of(
            new CaseOpenedEvent(CASE, "RA1", new PersonName("Dumas", "Roger", "A."), "Corporal", Branch.ARMY,
                    "19th Infantry", HistoricalDate.of("1950-11-04"), "Yalu River", "Captured",
                    CaseStatus.MISSING_IN_ACTION, "petition"),
            new SightingReportedEvent(CASE, SIGHTING, HistoricalDate.of("1979"), HistoricalDate.of("1982"),
                    "collective farm", SourceKind.FOREIGN_NATIONAL, "Romanian engineer", "Americans working",
                    "Debrief 82-114")));

    @Test
    void aCorrectionOfASightingsWitnessIsNotShownNorItsSource() {
        events.add(correction(SIGHTING, EntryKind.SIGHTING, "witness", "WITNESS-MARKER", "CORRECTION-SOURCE-MARKER"));

        FamilyHistory family = family();

        assertThat(family.toString()).doesNotContain("WITNESS-MARKER", "CORRECTION-SOURCE-MARKER", "Romanian",
                "Debrief 82-114");
        assertThat(family.entries()).extracting(FamilyHistory.Entry::kind)
                .containsExactly(EntryKind.CASE_OPENED, EntryKind.SIGHTING);
        assertThat(family.entries().get(1).corrections()).isEmpty();
    }

    @Test
    void aCorrectionOfASightingsPlaceIsShownWithoutItsSource() {
        events.add(correction(SIGHTING, EntryKind.SIGHTING, "place", "near Anju", "CORRECTION-SOURCE-MARKER"));

        FamilyHistory.Entry sighting = family().entries().get(1);

        assertThat(sighting.corrections()).extracting(FamilyHistory.Correction::value).containsExactly("near Anju");
        assertThat(sighting.corrections().get(0).source()).isNull();
        assertThat(sighting.toString()).doesNotContain("CORRECTION-SOURCE-MARKER");
    }

    @Test
    void aCorrectionOfACorrectionIsNotAnEntryAFamilyReads() {
        EntryCorrectedEvent first = correction(SIGHTING, EntryKind.SIGHTING, "place", "near Anju", "second source");
        events.add(first);
        events.add(correction(first.entryId(), EntryKind.CORRECTION, "value", "NESTED-MARKER", "NESTED-SOURCE-MARKER"));

        FamilyHistory family = family();

        assertThat(family.toString()).doesNotContain("NESTED-MARKER", "NESTED-SOURCE-MARKER");
        assertThat(family.entries()).hasSize(2);
    }

    @Test
    void aCorrectionOfARetractionIsNotAnEntryAFamilyReads() {
        UUID retraction = UUID.randomUUID();
        events.add(new EntryRetractedEvent(CASE, retraction, SIGHTING, EntryKind.SIGHTING, "wrong man", null, null));
        events.add(correction(retraction, EntryKind.RETRACTION, "reason", "RETRACTION-MARKER", "SOURCE-MARKER"));

        FamilyHistory family = family();

        assertThat(family.toString()).doesNotContain("RETRACTION-MARKER", "SOURCE-MARKER");
        assertThat(family.entries()).hasSize(2);
        assertThat(family.entries().get(1).withdrawn().reason()).isEqualTo("wrong man");
    }

    @Test
    void noteRestrictedLettersIntelligenceReportsAndFamilyLinksAreNotShownNorAnythingAboutThem() {
        UUID note = UUID.randomUUID();
        UUID report = UUID.randomUUID();
        events.add(new NoteAddedEvent(CASE, note, "NOTE-MARKER"));
        events.add(new CorrespondenceLoggedEvent(CASE, UUID.randomUUID(), HistoricalDate.of("1982"),
                CorrespondenceKind.LETTER, Direction.INCOMING, "FROM-MARKER", "TO-MARKER", "SUBJECT-MARKER",
                "SUMMARY-MARKER", "REF-MARKER", true));
        events.add(new SightingReportedEvent(CASE, report, HistoricalDate.of("1980"), HistoricalDate.of("1980"),
                "PLACE-MARKER", SourceKind.INTELLIGENCE_REPORT, "AGENT-MARKER", "INTEL-MARKER", "CABLE-MARKER"));
        events.add(new SightingAssessedEvent(CASE, UUID.randomUUID(), report, Assessment.CORRELATED, null,
                "ASSESSMENT-MARKER"));
        events.add(correction(report, EntryKind.SIGHTING, "place", "CORRECTED-PLACE-MARKER", "x"));
        events.add(correction(note, EntryKind.NOTE, "text", "CORRECTED-NOTE-MARKER", "x"));
        events.add(new EntryRetractedEvent(CASE, UUID.randomUUID(), note, EntryKind.NOTE, "RETRACTED-NOTE-MARKER",
                null, null));
        events.add(new FamilyMemberLinkedEvent(CASE, UUID.randomUUID(), "USER-MARKER", "LINK-MARKER"));

        assertThat(family().toString()).doesNotContainPattern("[A-Z]+-MARKER");
        assertThat(family().entries()).hasSize(2);
    }

    @Test
    void aFamilysRepresentationsHaveNoVersionCountRecorderOrEntryId() {
        Set<String> names = componentNames(FamilyHistory.class, new HashSet<>());

        assertThat(names).doesNotContain("version", "counts", "retractedEntries", "recordedAt", "recordedBy",
                "entryId", "refersTo", "restricted");
    }

    static Set<String> componentNames(Class<?> type, Set<String> names) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
                componentNames(component.getType(), names);
            }
            for (Class<?> nested : type.getDeclaredClasses()) {
                if (nested.isRecord() && !nested.equals(type)) {
                    componentNames(nested, names);
                }
            }
        }
        return names;
    }

    @Test
    void aListMembershipShowsTheListAndItsKeeperButNeverItsSourceOrReason() {
        ListEdition list = new ListEdition(UUID.randomUUID(), "Last Seen Alive", "DPMO", "1",
                HistoricalDate.of("2008-08-22"), true);
        events.add(new AddedToListEvent(CASE, UUID.randomUUID(), list, "LIST-SOURCE-MARKER", UUID.randomUUID(),
                "LIST-REASON-MARKER with the other names", true));

        FamilyHistory family = family();

        FamilyHistory.Entry membership = family.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.LIST_MEMBERSHIP).findFirst().orElseThrow();
        assertThat(membership.text()).isEqualTo("Added to the Last Seen Alive list (DPMO, version 1 of 2008-08-22).");
        assertThat(membership.happenedOn()).isEqualTo("2008-08-22");
        assertThat(family.toString()).doesNotContain("LIST-SOURCE-MARKER", "LIST-REASON-MARKER");
    }

    @Test
    void aCorrectionOfAMembershipsSourceIsNotShown() {
        UUID membership = UUID.randomUUID();
        events.add(new AddedToListEvent(CASE, membership, new ListEdition(UUID.randomUUID(), "Roster", "Army", "1",
                null, false), "roster", null, "named", null));
        events.add(correction(membership, EntryKind.LIST_MEMBERSHIP, "source", "CORRECTED-MARKER", "second source"));

        assertThat(family().toString()).doesNotContain("CORRECTED-MARKER");
    }

    @Test
    void aFindingShowsWhatItWasByWhomAndTheStatusItGave() {
        events.add(new FindingAppliedEvent(CASE, UUID.randomUUID(), new Finding(UUID.randomUUID(),
                "Findings of death under the Missing Persons Act", "Department of the Army", HistoricalDate.of("1954"),
                "The Day, 24 Jun 2018", null, CaseStatus.MISSING_PRESUMED_DEAD), CaseStatus.MISSING_IN_ACTION));

        FamilyHistory.Entry finding = family().entries().stream()
                .filter(entry -> entry.kind() == EntryKind.FINDING).findFirst().orElseThrow();

        assertThat(finding.text()).isEqualTo("Finding: Findings of death under the Missing Persons Act, by Department"
                + " of the Army, 1954; status changed from missing in action to missing, presumed dead.");
        assertThat(finding.source()).isEqualTo("The Day, 24 Jun 2018");
    }

    private FamilyHistory family() {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            recorded.add(new RecordedEvent(events.get(i), i, AT.plusSeconds(i), "RECORDER-MARKER"));
        }
        FamilyHistory family = FamilyHistory.of(Timeline.fold(CASE, null, recorded));
        assertThat(family.toString()).doesNotContain("RECORDER-MARKER");
        return family;
    }

    private static EntryCorrectedEvent correction(UUID target, EntryKind kind, String field, String value,
                                                  String source) {
        return new EntryCorrectedEvent(CASE, UUID.randomUUID(), target, kind, field, value, "per a second source",
                source);
    }
}
