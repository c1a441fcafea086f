package org.fullaccounting.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.FullAccountingApplication;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.history.HistoryProjection;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (two application contexts with names of their own) on one database, each holding a
 * segment of the history model: a replay asked of one rebuilds the model on both, with no one
 * stopping either, and no event is applied twice, not before the replay nor during it. About 25 s
 * with the two nodes' start: in the slow fault tests (profile {@code faults}).
 */
@Tag("faults")
class ReplayAcrossNodesTest {

    private static final String PASSWORD = "admin-password-for-tests";
    private static final String HISTORY = HistoryProjection.NAME;
    private static final TestDatabase.Roles ROLES = TestDatabase.roles();
    private static final TestDatabase.Database DATABASE = TestDatabase.freshOwnedBy(ROLES.owner());

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private final JdbcTemplate superuser = new JdbcTemplate(DATABASE.dataSource());

    @BeforeAll
    static void startTwoNodes() {
        nodeA = node("node-a");
        nodeB = node("node-b");
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
        long events = appendCases(40);
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
        // event applied twice would show as an update. Once before the replay, once during it.
        waitFor("the table's statistics", () -> superuser.queryForMap("SELECT n_tup_ins, n_tup_upd, n_tup_del"
                        + " FROM pg_stat_user_tables WHERE relname = 'history_entry'"),
                stats -> ((Number) stats.get("n_tup_ins")).longValue() >= 2 * events);
        Map<String, Object> stats = superuser.queryForMap("SELECT n_tup_ins, n_tup_upd, n_tup_del"
                + " FROM pg_stat_user_tables WHERE relname = 'history_entry'");
        assertThat(stats).containsEntry("n_tup_ins", 2 * events).containsEntry("n_tup_upd", 0L)
                .containsEntry("n_tup_del", events);
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

    private static ConfigurableApplicationContext node(String name) {
        // Command-line arguments: they outrank application.yml.
        return new SpringApplicationBuilder(FullAccountingApplication.class).run(
                "--server.port=0",
                "--fa.node-id=" + name,
                "--spring.datasource.url=" + DATABASE.url(),
                "--spring.datasource.username=" + ROLES.app(),
                "--spring.datasource.password=" + ROLES.appPassword(),
                "--spring.flyway.user=" + ROLES.owner(),
                "--spring.flyway.password=" + ROLES.ownerPassword(),
                "--fa.sample-data=false",
                "--fa.admin-password=" + PASSWORD);
    }

    private static Api admin(ConfigurableApplicationContext node) {
        return Api.at(((WebServerApplicationContext) node).getWebServer().getPort()).as("admin", PASSWORD);
    }

    /** Generated cases appended straight to the store; returns how many events (one history row each). */
    private static long appendCases(int cases) {
        EventStore store = nodeA.getBean(EventStore.class);
        long count = 0;
        for (int i = 0; i < cases; i++) {
            UUID caseId = UUID.randomUUID();
            List<CaseEvent> story = new ArrayList<>();
            story.add(new CaseOpenedEvent(caseId, "GEN-" + caseId, new PersonName("Generated" + i, "Case", null),
                    "Private", Branch.ARMY, "Unit " + (i % 7), HistoricalDate.of("1951-0" + (1 + i % 9)), "Korea",
                    null, CaseStatus.MISSING_IN_ACTION, "generated"));
            for (int j = 0; j < 10; j++) {
                story.add(new NoteAddedEvent(caseId, UUID.randomUUID(), "note " + j));
                story.add(new SightingReportedEvent(caseId, UUID.randomUUID(), HistoricalDate.of("195" + j), null,
                        "camp", SourceKind.RETURNEE_DEBRIEF, null, "seen " + j, "debrief"));
            }
            List<DomainEventMessage<?>> messages = new ArrayList<>();
            for (int seq = 0; seq < story.size(); seq++) {
                messages.add(new GenericDomainEventMessage<>("CaseFile", caseId.toString(), seq, story.get(seq),
                        MetaData.with("user", "generator").and("roles", "CASEWORKER").and("requestId", "gen")
                                .and("recordedAt", Instant.now().toString())));
            }
            store.publish(messages);
            count += messages.size();
        }
        return count;
    }

    /** Polls for up to 45 s: sharing segments out waits on the processors' claim intervals. */
    private static <T> T waitFor(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = read.get();
        }
        return value;
    }
}
