package org.fullaccounting.projections.sightings;

import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.Dumas;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.Dumas.*;

class SightingsProjectionTest {

    private JdbcTemplate jdbc;
    private SightingsProjection projection;
    private SightingsQuery query;
    private CaseScript script;

    @BeforeEach
    void givenTheScriptedStoryApplied() {
        jdbc = ProjectionDatabase.migrated();
        projection = new SightingsProjection(jdbc);
        query = new SightingsQuery(jdbc);
        script = Dumas.script();
        script.deliverTo(projection);
    }

    @Test
    void listsEverySightingAcrossCasesWithItsLatestAssessment() {
        Page<SightingView> all = query.list(null, null, 0, 50);

        assertThat(all.total()).isEqualTo(4);
        SightingView farm = all.items().stream().filter(s -> s.sightingId().equals(FARM_SIGHTING)).findFirst()
                .orElseThrow();
        assertThat(farm.assessment()).isEqualTo(Assessment.NOT_CORRELATED);
        assertThat(farm.assessmentReason()).isEqualTo("Unnamed Americans; not correlated to Cpl. Dumas.");
        assertThat(farm.name()).isEqualTo("Roger A. Dumas");
        assertThat(farm.observedOn()).isEqualTo("1979");
        assertThat(farm.reportedOn()).isEqualTo("1982");
        assertThat(farm.recordedBy()).isEqualTo("caseworker");
    }

    @Test
    void retractedReportsStayListedAndFlagged() {
        SightingView duplicate = query.list(null, CASE, 0, 50).items().stream()
                .filter(s -> s.sightingId().equals(DUPLICATE_SIGHTING)).findFirst().orElseThrow();

        assertThat(duplicate.retracted()).isTrue();
        assertThat(duplicate.retractionReason()).isEqualTo("Duplicate of the 1979 sighting.");
    }

    @Test
    void filtersByAssessmentState() {
        assertThat(query.list(SightingsQuery.State.UNRESOLVED, null, 0, 50).items())
                .extracting(SightingView::sightingId).containsExactly(BIG_SWITCH_SIGHTING);
        assertThat(query.list(SightingsQuery.State.NOT_CORRELATED, null, 0, 50).items())
                .extracting(SightingView::sightingId).containsExactly(FARM_SIGHTING);
        assertThat(query.list(SightingsQuery.State.UNASSESSED, null, 0, 50).items())
                .extracting(SightingView::sightingId).containsExactlyInAnyOrder(DUPLICATE_SIGHTING, id("dumaz-sighting"));
        assertThat(query.list(SightingsQuery.State.FABRICATED, null, 0, 50).total()).isZero();
    }

    @Test
    void theQueueHoldsOpenReportsOldestReportFirstAndLeavesRetractedOnesOut() {
        // Dumas 1953 was reported in 2018 (UNRESOLVED); Dumaz 1952 has no report date (unassessed): last
        assertThat(query.unresolvedQueue(0, 50).items()).extracting(SightingView::sightingId)
                .containsExactly(BIG_SWITCH_SIGHTING, id("dumaz-sighting"));
    }

    @Test
    void redeliveringOldEventsKeepsTheLatestAssessment() {
        script.deliverTo(projection);

        assertThat(query.list(SightingsQuery.State.NOT_CORRELATED, null, 0, 50).items())
                .extracting(SightingView::sightingId).containsExactly(FARM_SIGHTING);
        assertThat(query.list(null, null, 0, 50).total()).isEqualTo(4);
    }

    @Test
    void resettingEmptiesTheList() {
        CaseScript.reset(projection);

        assertThat(query.list(null, null, 0, 50).total()).isZero();
    }

    @Test
    void aSightingThatOnlyCitesARegisteredSourceIsListedWithoutAFreeTextSource() {
        UUID caseId = UUID.randomUUID();
        UUID sighting = UUID.randomUUID();
        new CaseScript(START, "caseworker").record(new org.fullaccounting.casefile.api.SightingReportedEvent(caseId,
                sighting, org.fullaccounting.casefile.api.HistoricalDate.of("1953"), null, "Camp 5",
                org.fullaccounting.casefile.api.SourceKind.RETURNEE_DEBRIEF, null, "seen alive", null,
                new org.fullaccounting.casefile.api.Citation(UUID.randomUUID(), "p. 4"))).deliverTo(projection);

        SightingView view = query.list(null, caseId, 0, 50).items().get(0);
        assertThat(view.source()).isNull();
        assertThat(view.description()).isEqualTo("seen alive");
    }
}
