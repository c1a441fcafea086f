package org.fullaccounting.projections;

import org.fullaccounting.projections.board.BoardProjection;
import org.fullaccounting.projections.correspondence.CorrespondenceProjection;
import org.fullaccounting.projections.history.HistoryProjection;
import org.fullaccounting.projections.search.SearchProjection;
import org.fullaccounting.projections.sightings.SightingsProjection;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.Dumas;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read model's writes kept for a processor's batch and sent as it commits (Writes) leave exactly
 * the rows that writing each event's statements at once leaves: the whole scripted story (openings,
 * reclassifications, designations, sightings and assessments, corrections of names, retractions of
 * each) delivered as one batch, and delivered again (a replay without reset, a redelivery).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchedWritesTest {

    private JdbcTemplate oneByOne;
    private JdbcTemplate batched;

    @BeforeAll
    void databases() {
        oneByOne = ProjectionDatabase.migrated();
        batched = ProjectionDatabase.migrated();
    }

    static Stream<Arguments> models() {
        return Stream.of(
                model("board", BoardProjection::new, "board_case", "board_camp", "board_sighting"),
                model("history", HistoryProjection::new, "history_entry", "history_case"),
                model("sightings", SightingsProjection::new, "sighting", "sighting_case"),
                model("correspondence", CorrespondenceProjection::new, "correspondence", "correspondence_case"),
                model("search", SearchProjection::new, "search_case", "search_name"));
    }

    private static Arguments model(String name, Function<JdbcTemplate, Object> projection, String... tables) {
        return Arguments.of(name, projection, List.of(tables));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void oneBatchLeavesTheRowsThatOneStatementAtATimeLeaves(String name, Function<JdbcTemplate, Object> projection,
                                                             List<String> tables) {
        CaseScript script = Dumas.script();
        script.deliverTo(projection.apply(oneByOne));
        Object batchedModel = projection.apply(batched);
        script.deliverInOneBatchTo(batchedModel);

        for (String table : tables) {
            List<Map<String, Object>> expected = rows(oneByOne, table);
            assertThat(expected).as(table).isNotEmpty();
            assertThat(rows(batched, table)).as(table).isEqualTo(expected);
        }

        script.deliverInOneBatchTo(batchedModel);
        for (String table : tables) {
            assertThat(rows(batched, table)).as(table + " after the batch came again").isEqualTo(rows(oneByOne, table));
        }
    }

    private static List<Map<String, Object>> rows(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1");
    }
}
