package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.*;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's accessions in its history: staff read all; a family reads that its case was considered, nothing more. */
class AccessionHistoryTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final AccessionRef BOX_12 = new AccessionRef(UUID.randomUUID(), "K208 Box 12");
    private static final AccessionRef BOX_40 = new AccessionRef(UUID.randomUUID(), "K208 Box 40");

    private final List<CaseEvent> events = List.of(
            new CaseOpenedEvent(CASE, "RA1", new PersonName("Dumas", "Roger", "A."), "Corporal", Branch.ARMY,
                    "19th Infantry", HistoricalDate.of("1950-11-04"), "Yalu River", "Captured",
                    CaseStatus.MISSING_IN_ACTION, "petition"),
            new AccessionCandidacyRecordedEvent(CASE, UUID.randomUUID(), BOX_40, HistoricalDate.of("1992-05"),
                    "commingled with OTHER-CANDIDATE-MARKER"),
            new AccessionExclusionRecordedEvent(CASE, UUID.randomUUID(), BOX_40, "EXCLUSION-REASON-MARKER"),
            new AccessionCandidacyRecordedEvent(CASE, UUID.randomUUID(), BOX_12, HistoricalDate.of("1993-11"),
                    "same village as OTHER-CANDIDATE-MARKER"),
            new RemainsIdentifiedEvent(CASE, UUID.randomUUID(), HistoricalDate.of("2004-06"),
                    IdentificationMethod.MTDNA, CaseStatus.MISSING_IN_ACTION, "mtDNA 04-117", BOX_12));

    @Test
    void staffReadEachAccessionTheCaseWasACandidateInItsExclusionAndItsIdentification() {
        List<String> texts = history().entries().stream().map(CaseHistory.Entry::text).toList();

        assertThat(texts).contains(
                "Considered for identification among the remains of accession K208 Box 40, received 1992-05.",
                "Ruled out of accession K208 Box 40. EXCLUSION-REASON-MARKER",
                "Remains identified (mtdna) in accession K208 Box 12; status changed from missing in action to accounted for.");
    }

    @Test
    void aFamilyReadsThatItsCaseWasConsideredButNeverWhyNorTheExclusion() {
        FamilyHistory family = FamilyHistory.of(history());

        assertThat(family.entries()).extracting(FamilyHistory.Entry::kind).containsExactly(EntryKind.CASE_OPENED,
                EntryKind.ACCESSION_CANDIDACY, EntryKind.ACCESSION_CANDIDACY, EntryKind.REMAINS_IDENTIFIED);
        assertThat(family.entries().get(1).text()).contains("K208 Box 40", "1992-05");
        assertThat(family.toString()).doesNotContain("OTHER-CANDIDATE-MARKER", "EXCLUSION-REASON-MARKER");
    }

    private CaseHistory history() {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            recorded.add(new RecordedEvent(events.get(i), i, AT.plusSeconds(i), "cw"));
        }
        return Timeline.fold(CASE, null, recorded);
    }
}
