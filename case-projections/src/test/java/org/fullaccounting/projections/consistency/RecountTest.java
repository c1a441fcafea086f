package org.fullaccounting.projections.consistency;

import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.ReadModel;
import org.fullaccounting.projections.board.BoardProjection;
import org.fullaccounting.projections.board.BoardQuery;
import org.fullaccounting.projections.correspondence.CorrespondenceProjection;
import org.fullaccounting.projections.correspondence.CorrespondenceQuery;
import org.fullaccounting.projections.history.HistoryProjection;
import org.fullaccounting.projections.history.HistoryQuery;
import org.fullaccounting.projections.search.SearchProjection;
import org.fullaccounting.projections.search.SearchQuery;
import org.fullaccounting.projections.sightings.SightingsProjection;
import org.fullaccounting.projections.sightings.SightingsQuery;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.Dumas;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fullaccounting.projections.testing.Dumas.*;

class RecountTest {

    private JdbcTemplate jdbc;
    private final Recount recount = new Recount();
    private List<ReadModel> models;

    @BeforeEach
    void givenEveryReadModelBuiltFromTheStory() {
        jdbc = ProjectionDatabase.migrated();
        CaseScript script = Dumas.script();
        for (Object projection : List.of(new BoardProjection(jdbc), new HistoryProjection(jdbc),
                new SightingsProjection(jdbc), new CorrespondenceProjection(jdbc), new SearchProjection(jdbc))) {
            script.deliverTo(projection);
        }
        script.messages().forEach(m -> recount.accept((CaseEvent) m.getPayload()));
        models = List.of(new BoardQuery(jdbc), new HistoryQuery(jdbc), new SightingsQuery(jdbc),
                new CorrespondenceQuery(jdbc), new SearchQuery(jdbc));
    }

    @Test
    void everyReadModelAgreesWithTheRecount() {
        assertThat(differences()).isEmpty();
        assertThat(recount.events()).isEqualTo(21 + 3 + 4);
        assertThat(recount.cases()).isEqualTo(3);
    }

    @Test
    void aRowChangedBehindTheProjectionsBackIsReported() {
        jdbc.update("UPDATE board_case SET status = 'REPATRIATED' WHERE case_id = ?", CASE);
        jdbc.update("DELETE FROM sighting WHERE sighting_id = ?", FARM_SIGHTING);

        assertThat(differences()).containsExactlyInAnyOrder(
                new Difference("board", CASE, "status", "PRISONER_OF_WAR", "REPATRIATED"),
                new Difference("sightings", CASE, "sightings.NOT_CORRELATED", 1L, null));
    }

    @Test
    void aCaseClosedAfterItsEventsKeepsExactlyTheCountsItHadOpen() {
        Map<String, Map<UUID, Map<String, Object>>> open = new HashMap<>();
        models.forEach(model -> open.put(model.name(), recount.expected(model.name())));

        Recount perCase = new Recount();
        Map<UUID, List<CaseEvent>> byCase = new LinkedHashMap<>();
        Dumas.script().messages().forEach(m -> byCase.computeIfAbsent(((CaseEvent) m.getPayload()).caseId(),
                id -> new ArrayList<>()).add((CaseEvent) m.getPayload()));
        byCase.forEach((caseId, events) -> {
            events.forEach(perCase::accept);
            perCase.close(caseId);
        });

        models.forEach(model -> assertThat(perCase.expected(model.name())).as(model.name())
                .isEqualTo(open.get(model.name())));
        assertThat(perCase.events()).isEqualTo(recount.events());
        assertThat(perCase.cases()).isEqualTo(recount.cases());
        assertThatThrownBy(() -> perCase.accept(byCase.values().iterator().next().get(0)))
                .as("an event of a closed case").isInstanceOf(IllegalStateException.class);
    }

    private List<Difference> differences() {
        List<Difference> all = new ArrayList<>();
        for (ReadModel model : models) {
            all.addAll(Consistency.compare(model.name(), recount.expected(model.name()), model.factsByCase()));
        }
        return all;
    }
}
