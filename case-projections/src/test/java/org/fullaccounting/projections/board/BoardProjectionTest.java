package org.fullaccounting.projections.board;

import org.fullaccounting.casefile.api.AddedToListEvent;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.Finding;
import org.fullaccounting.casefile.api.FindingAppliedEvent;
import org.fullaccounting.casefile.api.ListEdition;
import org.fullaccounting.casefile.api.RemovedFromListEvent;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.Dumas;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.Dumas.*;

class BoardProjectionTest {

    private JdbcTemplate jdbc;
    private BoardProjection projection;
    private BoardQuery query;
    private CaseScript script;

    @BeforeEach
    void givenTheScriptedStoryApplied() {
        jdbc = ProjectionDatabase.migrated();
        projection = new BoardProjection(jdbc);
        query = new BoardQuery(jdbc);
        script = Dumas.script();
        script.deliverTo(projection);
    }

    @Test
    void countsCasesPerStatusAfterReclassificationsAndARetractedOne() {
        BoardCounts counts = query.counts();

        assertThat(counts.cases()).isEqualTo(3);
        assertThat(counts.byStatus()).containsEntry(CaseStatus.PRISONER_OF_WAR, 1L)   // Dumas: the KIA was retracted
                .containsEntry(CaseStatus.MISSING_IN_ACTION, 1L)                     // Dumaz
                .containsEntry(CaseStatus.ACCOUNTED_FOR, 1L)                         // Smith
                .containsEntry(CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, 0L);
        assertThat(counts.lastSeenAlive()).isEqualTo(1);
        assertThat(counts.withUnresolvedSightings()).isEqualTo(1);   // Dumas's 1953 sighting
        assertThat(counts.withUnassessedSightings()).isEqualTo(1);   // Dumaz's; Dumas's duplicate is retracted
    }

    @Test
    void joiningAndLeavingTheLastSeenAliveListMovesACaseInAndOutOfTheDesignationFilter() {
        ListEdition lastSeenAlive = new ListEdition(UUID.randomUUID(), "Last Seen Alive", "DPMO", "1", null, true);
        ListEdition roster = new ListEdition(UUID.randomUUID(), "Camp 5 roster", "returnees", "1", null, false);
        script.record(new AddedToListEvent(DUMAZ, UUID.randomUUID(), roster, "roster", null, "named", null),
                new AddedToListEvent(DUMAZ, UUID.randomUUID(), lastSeenAlive, "list", null, "named", true));
        script.deliverTo(projection);

        assertThat(ids(filter().lastSeenAlive(true))).containsExactly(CASE, DUMAZ);
        assertThat(query.counts().lastSeenAlive()).isEqualTo(2);

        script.record(new RemovedFromListEvent(DUMAZ, UUID.randomUUID(), lastSeenAlive, "letter", null, "found", false));
        script.deliverTo(projection);

        assertThat(ids(filter().lastSeenAlive(true))).containsExactly(CASE);
    }

    @Test
    void aFindingOfDeathMovesTheCaseToItsStatusAndANoteLikeOneDoesNot() {
        Finding death = new Finding(UUID.randomUUID(), "Findings of death", "Army", null, "1954", null,
                CaseStatus.MISSING_PRESUMED_DEAD);
        Finding note = new Finding(UUID.randomUUID(), "Review", "Army", null, "1955", null, null);
        script.record(new FindingAppliedEvent(DUMAZ, UUID.randomUUID(), death, CaseStatus.MISSING_IN_ACTION),
                new FindingAppliedEvent(DUMAZ, UUID.randomUUID(), note, null));
        script.deliverTo(projection);

        assertThat(ids(filter().status(CaseStatus.MISSING_PRESUMED_DEAD))).containsExactly(DUMAZ);
    }

    @Test
    void listsCasesByStatusBranchUnitCampDesignationAndLossDate() {
        assertThat(ids(filter().status(CaseStatus.PRISONER_OF_WAR))).containsExactly(CASE);
        assertThat(ids(filter().branch(Branch.MARINE_CORPS))).containsExactly(SMITH);
        assertThat(ids(filter().unit("infantry"))).containsExactly(CASE, DUMAZ);
        assertThat(ids(filter().camp("camp 5"))).containsExactly(CASE);
        assertThat(ids(filter().camp("camp"))).containsExactly(CASE, DUMAZ);
        assertThat(ids(filter().lastSeenAlive(true))).containsExactly(CASE);
        assertThat(ids(filter().lastSeenAlive(false))).containsExactly(DUMAZ, SMITH);
        // Dumaz was lost "1950-12": inside December 1950, not inside 1-27 November
        assertThat(ids(filter().loss("1950-12-01", "1950-12-31"))).containsExactly(DUMAZ);
        assertThat(ids(filter().loss("1950-11", "1950-11"))).containsExactly(CASE, SMITH);
        assertThat(ids(filter().loss("1950-11-01", "1950-11-27"))).containsExactly(CASE);
    }

    @Test
    void aLineShowsTheCaseCampsAndOpenSightings() {
        BoardCase dumas = query.list(filter().status(CaseStatus.PRISONER_OF_WAR).build()).items().get(0);

        assertThat(dumas.name()).isEqualTo("Roger A. Dumas");
        assertThat(dumas.lossDate()).isEqualTo("1950-11-04");
        assertThat(dumas.camps()).containsExactly("POW Camp 5");
        assertThat(dumas.unresolvedSightings()).isEqualTo(1);
        assertThat(dumas.unassessedSightings()).isZero();
        assertThat(dumas.lastSeenAlive()).isTrue();
    }

    @Test
    void sortsAndPages() {
        Page<BoardCase> first = query.list(filter().sort(CaseFilter.Sort.LOSS_DATE, true).page(0, 2).build());
        Page<BoardCase> second = query.list(filter().sort(CaseFilter.Sort.LOSS_DATE, true).page(1, 2).build());

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(BoardCase::caseId).containsExactly(DUMAZ, SMITH);
        assertThat(second.items()).extracting(BoardCase::caseId).containsExactly(CASE);
        assertThat(ids(filter().sort(CaseFilter.Sort.SERVICE_NUMBER, false))).containsExactly(DUMAZ, CASE, SMITH);
    }

    @Test
    void searchResultsKeepTheirRankWhenSortedByRelevance() {
        List<UUID> ranked = List.of(SMITH, CASE);

        assertThat(ids(filter().ranked(ranked).sort(CaseFilter.Sort.RELEVANCE, false))).containsExactly(SMITH, CASE);
        assertThat(ids(filter().ranked(ranked).sort(CaseFilter.Sort.NAME, false))).containsExactly(CASE, SMITH);
        assertThat(ids(filter().ranked(List.of()))).isEmpty();
    }

    @Test
    void redeliveringOldEventsDoesNotMoveAStatusBack() {
        script.deliverTo(projection);

        assertThat(query.counts().byStatus()).containsEntry(CaseStatus.PRISONER_OF_WAR, 1L)
                .containsEntry(CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, 0L);
        assertThat(query.counts().cases()).isEqualTo(3);
    }

    @Test
    void resettingEmptiesTheBoard() {
        CaseScript.reset(projection);

        assertThat(query.counts().cases()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM board_camp", Long.class)).isZero();
    }

    private List<UUID> ids(FilterBuilder filter) {
        return query.list(filter.build()).items().stream().map(BoardCase::caseId).toList();
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    /** Reads better in the tests than a twelve-argument record. */
    private static final class FilterBuilder {
        private CaseStatus status;
        private Branch branch;
        private String unit;
        private String camp;
        private Boolean lastSeenAlive;
        private HistoricalDate from;
        private HistoricalDate to;
        private List<UUID> ranked;
        private CaseFilter.Sort sort = CaseFilter.Sort.NAME;
        private boolean descending;
        private int page;
        private int size = 50;

        FilterBuilder status(CaseStatus value) { status = value; return this; }
        FilterBuilder branch(Branch value) { branch = value; return this; }
        FilterBuilder unit(String value) { unit = value; return this; }
        FilterBuilder camp(String value) { camp = value; return this; }
        FilterBuilder lastSeenAlive(boolean value) { lastSeenAlive = value; return this; }
        FilterBuilder loss(String fromDate, String toDate) {
            from = HistoricalDate.of(fromDate);
            to = HistoricalDate.of(toDate);
            return this;
        }
        FilterBuilder ranked(List<UUID> ids) { ranked = ids; return this; }
        FilterBuilder sort(CaseFilter.Sort value, boolean desc) { sort = value; descending = desc; return this; }
        FilterBuilder page(int number, int pageSize) { page = number; size = pageSize; return this; }

        CaseFilter build() {
            return new CaseFilter(status, branch, unit, camp, lastSeenAlive, from, to, ranked, sort, descending, page,
                    size);
        }
    }
}
