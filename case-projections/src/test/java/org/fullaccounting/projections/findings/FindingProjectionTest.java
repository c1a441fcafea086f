package org.fullaccounting.projections.findings;

import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.casefile.api.Finding;
import org.fullaccounting.casefile.api.FindingAppliedEvent;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding from its cases' entries: once, with every case; a replay adds nothing; a retraction is marked. */
class FindingProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private final Finding death = new Finding(UUID.randomUUID(), "Findings of death", "Department of the Army",
            HistoricalDate.of("1954"), "Army findings", null, CaseStatus.MISSING_PRESUMED_DEAD);
    private final UUID familyCase = UUID.randomUUID();
    private final UUID otherCase = UUID.randomUUID();
    private final FindingAppliedEvent onFamilyCase = new FindingAppliedEvent(familyCase, UUID.randomUUID(), death,
            CaseStatus.MISSING_IN_ACTION);
    private final FindingAppliedEvent onOtherCase = new FindingAppliedEvent(otherCase, UUID.randomUUID(), death,
            CaseStatus.PRISONER_OF_WAR);

    private FindingProjection projection;
    private FindingQuery query;

    @BeforeEach
    void givenAFindingAppliedToTwoCasesTwice() {
        var jdbc = ProjectionDatabase.migrated();
        projection = new FindingProjection(jdbc);
        query = new FindingQuery(jdbc);
        for (int replay = 0; replay < 2; replay++) {
            projection.on(onFamilyCase, AT, "cw");
            projection.on(onOtherCase, AT, "cw");
        }
    }

    @Test
    void theFindingReadsBackOnceWithEachCaseAndTheStatusItReplaced() {
        FindingView view = query.find(death.findingId(), null).orElseThrow();

        assertThat(view.title()).isEqualTo("Findings of death");
        assertThat(view.to()).isEqualTo("MISSING_PRESUMED_DEAD");
        assertThat(view.cases()).extracting(FindingView.FindingCase::caseId)
                .containsExactlyInAnyOrder(familyCase, otherCase);
        assertThat(view.cases()).extracting(FindingView.FindingCase::from)
                .containsExactlyInAnyOrder("MISSING_IN_ACTION", "PRISONER_OF_WAR");
        assertThat(query.latest(10)).hasSize(1);
    }

    @Test
    void aFamilyFindsItOnlyThroughItsOwnCaseAndSeesOnlyThatCase() {
        assertThat(query.find(death.findingId(), List.of(familyCase)).orElseThrow().cases())
                .extracting(FindingView.FindingCase::caseId).containsExactly(familyCase);
        assertThat(query.find(death.findingId(), List.of(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aRetractedEntryIsMarked() {
        projection.on(new EntryRetractedEvent(otherCase, UUID.randomUUID(), onOtherCase.entryId(), EntryKind.FINDING,
                "wrong case", CaseStatus.PRISONER_OF_WAR, null));

        assertThat(query.find(death.findingId(), null).orElseThrow().cases())
                .filteredOn(FindingView.FindingCase::retracted).extracting(FindingView.FindingCase::caseId)
                .containsExactly(otherCase);
    }
}
