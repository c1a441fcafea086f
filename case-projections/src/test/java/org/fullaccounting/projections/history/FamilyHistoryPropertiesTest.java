package org.fullaccounting.projections.history;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fullaccounting.projections.testing.RandomCases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.RandomCases.MARKER;

/**
 * Random cases folded into their history, then into what a family reads: no marker of a restricted
 * field ever reaches it, at any cut (what {@code asOf} answers), and hidden entries change nothing a
 * family reads, not even by their number.
 */
class FamilyHistoryPropertiesTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Provide
    Arbitrary<List<RandomCases.Step>> steps() {
        return RandomCases.steps(40);
    }

    @Property(tries = 1000)
    void noRestrictedMarkerReachesAFamilyAtAnyInstant(@ForAll("steps") List<RandomCases.Step> steps) {
        RandomCases.Case generated = RandomCases.build(UUID.randomUUID(), steps);
        List<RecordedEvent> recorded = recorded(generated, false);

        for (int cut = 1; cut <= recorded.size(); cut++) {
            Instant asOf = recorded.get(cut - 1).recordedAt();
            FamilyHistory family = FamilyHistory.of(Timeline.fold(generated.caseId(), asOf, recorded.subList(0, cut)));
            assertThat(family.toString()).as("family history after %s events", cut).doesNotContain(MARKER);
        }
    }

    @Property(tries = 1000)
    void hiddenEntriesChangeNothingAFamilyReads(@ForAll("steps") List<RandomCases.Step> steps) {
        RandomCases.Case generated = RandomCases.build(UUID.randomUUID(), steps);

        FamilyHistory withHidden = FamilyHistory.of(Timeline.fold(generated.caseId(), null, recorded(generated, false)));
        FamilyHistory withoutHidden = FamilyHistory.of(Timeline.fold(generated.caseId(), null,
                recorded(generated, true)));

        assertThat(withHidden).isEqualTo(withoutHidden);
    }

    @Property(tries = 300)
    void theStoredHistoryGivesAFamilyNoMarkerEither(@ForAll("steps") List<RandomCases.Step> steps) {
        RandomCases.Case generated = RandomCases.build(UUID.randomUUID(), steps);
        // As the projection stores rows: one per event, retractions written onto their targets.
        List<HistoryRow> rows = new ArrayList<>();
        for (RecordedEvent event : recorded(generated, false)) {
            HistoryRow row = HistoryRows.of(event.event(), event.sequence(), event.recordedAt(), event.recordedBy());
            rows.add(row);
            if (row.kind() == org.fullaccounting.casefile.api.EntryKind.RETRACTION) {
                rows.replaceAll(r -> r.entryId().equals(row.refersTo()) ? r.retractedBy(Timeline.retraction(row)) : r);
            }
        }
        CaseHistory stored = Timeline.assemble(generated.caseId(), rows.size(), null, rows);

        assertThat(FamilyHistory.of(stored).toString()).doesNotContain(MARKER);
    }

    /**
     * The events as the store gives them: in sequence, each recorded by a user whose name is a marker
     * (families get no recorders). {@code visibleOnly} drops the hidden ones but keeps every other
     * event's sequence and time, as if the hidden ones had simply not been shown.
     */
    static List<RecordedEvent> recorded(RandomCases.Case generated, boolean visibleOnly) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < generated.events().size(); i++) {
            RandomCases.Generated event = generated.events().get(i);
            if (!visibleOnly || !event.hidden()) {
                recorded.add(new RecordedEvent(event.event(), i, START.plusSeconds(60L * i), MARKER + "-user-" + i));
            }
        }
        return recorded;
    }
}
