package org.fullaccounting.projections.reports;

import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.casefile.reports.api.CaseCorrelatedEvent;
import org.fullaccounting.casefile.reports.api.CorrelationAssessedEvent;
import org.fullaccounting.casefile.reports.api.SightingReportFiledEvent;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.FamilyHistory;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.api.Assessment.*;

/** The reports' read model: correlations with their assessments, the queue, and each case's view of a report. */
class SightingReportProjectionTest {

    private static final Instant FILED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant CORRELATED_AT = Instant.parse("2026-11-22T11:00:00Z");
    private static final Instant REASSESSED_AT = Instant.parse("2026-11-22T12:00:00Z");

    private final UUID report = UUID.randomUUID();
    private final UUID dumas = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    private SightingReportProjection projection;
    private SightingReportQuery query;

    @BeforeEach
    void givenOpricasReportCorrelatedWithTwoCases() {
        var jdbc = ProjectionDatabase.migrated();
        projection = new SightingReportProjection(jdbc);
        query = new SightingReportQuery(jdbc);
        projection.on(new SightingReportFiledEvent(report, HistoricalDate.of("1979"), HistoricalDate.of("1982"),
                "a collective farm near Pyongyang", SourceKind.FOREIGN_NATIONAL, "Serban Oprica",
                "About 50 Americans, one said to be Pfc. Othername", null), 0, FILED, "cw");
        projection.on(new CaseCorrelatedEvent(report, dumas, UNRESOLVED, "captured near Anju"), 1, CORRELATED_AT, "cw");
        projection.on(new CaseCorrelatedEvent(report, other, UNRESOLVED, "Othername matches"), 2, CORRELATED_AT, "cw");
        projection.on(new CorrelationAssessedEvent(report, other, CORRELATED, UNRESOLVED, "photo matches"), 3,
                REASSESSED_AT, "analyst");
    }

    @Test
    void eachCorrelationKeepsItsOwnAssessmentsAndTheReportCountsItsEvents() {
        ReportView view = query.find(report).orElseThrow();
        List<CorrelationView> correlations = query.correlations(report);

        assertThat(view.version()).isEqualTo(4);
        assertThat(view.correlations()).isEqualTo(2);
        assertThat(view.unresolved()).isEqualTo(1);
        assertThat(correlations).extracting(CorrelationView::caseId, CorrelationView::assessment)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(dumas, UNRESOLVED),
                        org.assertj.core.groups.Tuple.tuple(other, CORRELATED));
        assertThat(correlations.stream().filter(c -> c.caseId().equals(other)).findFirst().orElseThrow()
                .assessments()).extracting(AssessmentView::assessment).containsExactly(UNRESOLVED, CORRELATED);
    }

    @Test
    void applyingTheEventsAgainChangesNothing() {
        projection.on(new CaseCorrelatedEvent(report, other, UNRESOLVED, "Othername matches"), 2, CORRELATED_AT, "cw");
        projection.on(new CorrelationAssessedEvent(report, other, CORRELATED, UNRESOLVED, "photo matches"), 3,
                REASSESSED_AT, "analyst");

        assertThat(query.correlations(report).stream().filter(c -> c.caseId().equals(other)).findFirst()
                .orElseThrow().assessments()).hasSize(2);
        assertThat(query.find(report).orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void theQueueHoldsOnlyCorrelationsStillUnresolved() {
        List<QueuedCorrelation> queue = query.unresolvedQueue(10_000).stream()
                .filter(q -> q.reportId().equals(report)).toList();

        assertThat(queue).extracting(QueuedCorrelation::caseId).containsExactly(dumas);
    }

    @Test
    void aCaseSeesTheReportWithItsOwnAssessmentsOnly() {
        List<CaseReport> ofDumas = query.ofCase(dumas, null);

        assertThat(ofDumas).hasSize(1);
        assertThat(ofDumas.get(0).assessments()).extracting(AssessmentView::reason).containsExactly("captured near Anju");
    }

    @Test
    void aCaseNoReportIsCorrelatedWithHasNone() {
        assertThat(query.ofCase(UUID.randomUUID(), null)).isEmpty();
    }

    @Test
    void asRecordedBeforeTheReassessmentTheCaseHadItsFirstAssessment() {
        assertThat(query.ofCase(other, CORRELATED_AT).get(0).current().assessment()).isEqualTo(UNRESOLVED);
        assertThat(query.ofCase(other, REASSESSED_AT).get(0).current().assessment()).isEqualTo(CORRELATED);
        assertThat(query.ofCase(other, FILED)).isEmpty();
    }

    @Test
    void staffReadTheReportInTheCaseHistoryByItsObservedDate() {
        CaseHistory empty = new CaseHistory(other, 3, null, null, List.of());

        CaseHistory history = ReportsInHistory.staff(empty, query.ofCase(other, null));

        assertThat(history.version()).isEqualTo(3);
        assertThat(history.entries()).extracting(CaseHistory.Entry::kind)
                .containsExactly(EntryKind.SIGHTING_REPORT, EntryKind.ASSESSMENT);
        assertThat(history.entries().get(0).happenedOn()).isEqualTo("1979");
        assertThat(history.entries().get(0).text()).contains("Othername", "collective farm");
        assertThat(history.entries().get(0).source()).contains("Serban Oprica");
        assertThat(history.entries().get(1).refersTo()).isEqualTo(history.entries().get(0).entryId());
    }

    @Test
    void aFamilyReadsTheReportInItsOwnCasesWordsOnly() {
        FamilyHistory none = new FamilyHistory(dumas, null, null, List.of());

        FamilyHistory family = ReportsInHistory.family(none, query.ofCase(dumas, null), "Corporal Roger A. Dumas");

        assertThat(family.entries()).hasSize(1);
        assertThat(family.entries().get(0).text()).isEqualTo("A report of unnamed American prisoners that may include"
                + " Corporal Roger A. Dumas: seen at a collective farm near Pyongyang, observed 1979. Assessed for"
                + " this case as unresolved.");
        assertThat(family.toString()).doesNotContain("Oprica", "Othername", "Anju", "photo");
    }

    @Test
    void aFamilyIsNotShownAReportFromAnIntelligenceSource() {
        UUID intel = UUID.randomUUID();
        projection.on(new SightingReportFiledEvent(intel, HistoricalDate.of("1996"), HistoricalDate.of("2003"),
                "a camp", SourceKind.INTELLIGENCE_REPORT, null, "several Americans", null), 0, FILED, "cw");
        projection.on(new CaseCorrelatedEvent(intel, dumas, UNRESOLVED, "r"), 1, CORRELATED_AT, "cw");

        FamilyHistory family = ReportsInHistory.family(new FamilyHistory(dumas, null, null, List.of()),
                query.ofCase(dumas, null), "Corporal Roger A. Dumas");

        assertThat(family.entries()).extracting(FamilyHistory.Entry::happenedOn).containsExactly("1979");
    }
}
