package org.fullaccounting.projections.places;

import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.places.api.*;
import org.fullaccounting.projections.board.BoardCase;
import org.fullaccounting.projections.board.BoardProjection;
import org.fullaccounting.projections.board.BoardQuery;
import org.fullaccounting.projections.board.CaseFilter;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.Dumas;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Incidents and camps: found by any of their names, counted, and the board filters by their links. */
class PlacesProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-21T20:00:00Z");

    private final UUID incident = UUID.randomUUID();
    private final UUID camp = UUID.randomUUID();
    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    private PlacesProjection projection;
    private PlacesQuery query;
    private BoardQuery board;
    private List<UUID> cases;

    @BeforeEach
    void givenTheScriptedStoryAndOneCampAndIncidentLinkingPartOfIt() {
        JdbcTemplate jdbc = ProjectionDatabase.migrated();
        CaseScript script = Dumas.script();
        script.deliverTo(new BoardProjection(jdbc));
        board = new BoardQuery(jdbc);
        cases = board.list(CaseFilter.all().atPage(0, 1000)).items().stream().map(BoardCase::caseId).toList();
        projection = new PlacesProjection(jdbc);
        query = new PlacesQuery(jdbc);
        projection.on(new CampRecordedEvent(camp, new CampDescription("Camp 5 " + marker, "Pyoktong, on the Yalu",
                List.of("Pyoktong " + marker))), 0, AT, "cw");
        projection.on(new IncidentRecordedEvent(incident, new IncidentDescription("Unsan " + marker,
                HistoricalDate.of("1950-11-01/1950-11-02"), "Unsan", List.of("8th Cavalry"))), 0, AT, "cw");
        projection.on(new CasesLinkedToCampEvent(camp, UUID.randomUUID(), List.of(cases.get(0), cases.get(1)),
                "returnee debriefs"), 1, AT);
        projection.on(new CasesLinkedToIncidentEvent(incident, UUID.randomUUID(), List.of(cases.get(1)),
                "morning report"), 1, AT);
    }

    @Test
    void aCampIsFoundByAnyOfItsNames() {
        assertThat(query.camps("pyoktong " + marker, 50)).extracting(CampView::campId).containsExactly(camp);
        assertThat(query.camps("CAMP 5 " + marker, 50)).extracting(CampView::campId).containsExactly(camp);
        assertThat(query.camps("Hanoi " + marker, 50)).isEmpty();
    }

    @Test
    void countsTheCasesOfEachRecordAndListsThem() {
        assertThat(query.camp(camp).orElseThrow().cases()).isEqualTo(2);
        assertThat(query.incident(incident).orElseThrow().cases()).isEqualTo(1);
        assertThat(query.incident(incident).orElseThrow().dates()).isEqualTo("1950-11-01/1950-11-02");
        assertThat(query.casesOfCamp(camp)).extracting(PlacedCase::caseId)
                .containsExactlyInAnyOrder(cases.get(0), cases.get(1));
        assertThat(query.camp(camp).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void theBoardFiltersByTheLinksNotByText() {
        assertThat(board.list(CaseFilter.all().atPage(0, 100).linkedTo(null, camp)).items())
                .extracting(BoardCase::caseId).containsExactlyInAnyOrder(cases.get(0), cases.get(1));
        assertThat(board.list(CaseFilter.all().atPage(0, 100).linkedTo(incident, camp)).items())
                .extracting(BoardCase::caseId).containsExactly(cases.get(1));
        assertThat(board.list(CaseFilter.all().atPage(0, 100).linkedTo(UUID.randomUUID(), null)).items()).isEmpty();
    }

    @Test
    void aLinkDeliveredAgainIsKeptOnce() {
        projection.on(new CasesLinkedToCampEvent(camp, UUID.randomUUID(), List.of(cases.get(0)), "again"), 1, AT);

        assertThat(query.camp(camp).orElseThrow().cases()).isEqualTo(2);
    }
}
