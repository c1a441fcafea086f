package org.fullaccounting.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.fullaccounting.api.Api;
import org.fullaccounting.projections.history.HistoryProjection;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.admin.ReplayNodes.admin;
import static org.fullaccounting.api.admin.ReplayNodes.appendCases;
import static org.fullaccounting.api.admin.ReplayNodes.node;
import static org.fullaccounting.api.admin.ReplayNodes.waitFor;

/**
 * Two nodes (two application contexts with names of their own) on one database, each holding a
 * segment of the history model: a replay asked of one rebuilds the model on both, with no one
 * stopping either, and no event is applied twice, not before the replay nor during it. About 25 s
 * with the two nodes' start: in the slow fault tests (profile {@code faults}).
 */
@Tag("faults")
class ReplayAcrossNodesTest {

    private static final String HISTORY = HistoryProjection.NAME;
    private static final TestDatabase.Roles ROLES = TestDatabase.roles();
    private static final TestDatabase.Database DATABASE = TestDatabase.freshOwnedBy(ROLES.owner());

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private final JdbcTemplate superuser = new JdbcTemplate(DATABASE.dataSource());

    @BeforeAll
    static void startTwoNodes() {
        nodeA = node(DATABASE, ROLES, "node-a");
        nodeB = node(DATABASE, ROLES, "node-b");
    }

    @AfterAll
    static void stopTwoNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aReplayAskedOfOneNodeRebuildsTheModelAcrossBothAndEachHoldsASegmentAgain() {
        long events = appendCases(nodeA, 40);
        waitFor("the history model on both nodes holds every event", this::historyRows, rows -> rows == events);
        bothNodesHoldASegment();

        Api.Response asked = admin(nodeB).post("/api/admin/projections/" + HISTORY + "/replay", "").expectStatus(202);
        String location = asked.header("Location");
        assertThat(asked.json().get("state").asText()).isEqualTo("RELEASING");
        assertThat(location).endsWith("/replays/" + asked.json().get("replayId").asLong());

        JsonNode done = waitFor("both nodes stopped, one reset, both started again", () -> admin(nodeA).get(location)
                .expectStatus(200).json(), replay -> replay.get("rejoined").asBoolean());
        assertThat(done.get("state").asText()).isEqualTo("RESET");
        assertThat(done.findValuesAsText("node")).containsExactly("node-a", "node-b");
        assertThat(done.get("resetBy").asText()).isIn("node-a", "node-b");

        waitFor("the history model rebuilt", this::historyRows, rows -> rows == events);
        JsonNode report = waitFor("the recount agrees", () -> admin(nodeA).get("/api/admin/projections/consistency")
                .expectStatus(200).json(), r -> r.get("differences").asLong() == 0);
        assertThat(report.get("eventsCounted").asLong()).isEqualTo(events);
        waitFor("each node holding a segment of the history model again", () -> owners(HISTORY),
                owners -> owners.equals(Set.of("node-a", "node-b")));
        assertThat(superuser.queryForObject("SELECT count(*) FROM dead_letter_entry", Long.class)).isZero();

        stopTwoNodes();
        // Every history row is an insert of its own (these events neither retract nor correct): an
        // event applied twice would show as an update. Once before the replay, once during it; the
        // replay emptied the table with TRUNCATE, which deletes no row one by one.
        waitFor("the table's statistics", () -> superuser.queryForMap("SELECT n_tup_ins, n_tup_upd, n_tup_del"
                        + " FROM pg_stat_user_tables WHERE relname = 'history_entry'"),
                stats -> ((Number) stats.get("n_tup_ins")).longValue() >= 2 * events);
        Map<String, Object> stats = superuser.queryForMap("SELECT n_tup_ins, n_tup_upd, n_tup_del"
                + " FROM pg_stat_user_tables WHERE relname = 'history_entry'");
        assertThat(stats).containsEntry("n_tup_ins", 2 * events).containsEntry("n_tup_upd", 0L)
                .containsEntry("n_tup_del", 0L);
    }

    /** A pooled processor's first node claims every free segment; node A gives one to node B if it must. */
    private void bothNodesHoldASegment() {
        if (owners(HISTORY).size() < 2) {
            PooledStreamingEventProcessor onA = nodeA.getBean(org.axonframework.config.Configuration.class)
                    .eventProcessingConfiguration().eventProcessor(HISTORY, PooledStreamingEventProcessor.class)
                    .orElseThrow();
            onA.releaseSegment(onA.processingStatus().keySet().stream().mapToInt(Integer::intValue).max().orElseThrow());
        }
        waitFor("a segment of the history model on each node", () -> owners(HISTORY),
                owners -> owners.equals(Set.of("node-a", "node-b")));
    }

    private Set<String> owners(String processor) {
        return Set.copyOf(superuser.queryForList("SELECT DISTINCT owner FROM token_entry WHERE processor_name = ?"
                + " AND owner IS NOT NULL", String.class, processor));
    }

    private long historyRows() {
        return superuser.queryForObject("SELECT count(*) FROM history_entry", Long.class);
    }
}
