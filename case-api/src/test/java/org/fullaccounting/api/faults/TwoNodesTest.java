package org.fullaccounting.api.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as a deployment with two nodes behind a load
 * balancer: writes to the same cases through both, then one node killed (SIGKILL). The read models'
 * processors share their segments through token_entry; a dead node's claims expire after the claim
 * timeout (10 s, AxonConfig) and the survivor claims them.
 */
@Tag("faults")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final TestDatabase.Roles ROLES = TestDatabase.roles();
    private static final int WRITERS = 16;
    /** AxonConfig's claim timeout plus ProjectionsConfig's claim interval: the longest a dead claim can stand. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(10 + 2);

    private TestDatabase.Database database;
    private AppNode first;
    private AppNode second;
    private Api throughFirst;
    private Api throughSecond;
    private List<UUID> cases;

    @BeforeAll
    void twoNodesOnOneDatabase() {
        database = TestDatabase.freshOwnedBy(ROLES.owner());
        first = AppNode.on("node-1", database, ROLES, Map.of());
        second = AppNode.on("node-2", database, ROLES, Map.of());
        first.start();
        second.start();
        throughFirst = FaultChecks.caseworkerOn(first);
        throughSecond = second.as(FaultChecks.CASEWORKER, FaultChecks.PASSWORD);
        cases = FaultChecks.openCases(throughFirst, 3);
    }

    @AfterAll
    void killBothNodes() {
        for (AppNode node : new AppNode[]{first, second}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void concurrentNotesThroughBothNodesAreEachStoredOnceAndAppliedOncePerReadModel() {
        NoteWriters writers = NoteWriters.start(WRITERS, List.of(throughFirst, throughSecond), cases);
        try (writers) {
            writers.awaitAcknowledged(400, Duration.ofMinutes(4));
        }
        List<NoteWriters.Acknowledged> acknowledged = writers.acknowledged();
        long lost = lostOrDoubled(acknowledged, throughSecond);
        JsonNode consistency = FaultChecks.consistencyOnceConverged(first.admin());

        System.out.printf("%nTWO NODES (%d writers, same %d cases through both): acknowledged %d, lost %d, failed "
                        + "answers %s (5xx: %d), consistency differences %d, history rows not one per event %d, "
                        + "dead letters %d; segments by owner %s%n%n", WRITERS, cases.size(), acknowledged.size(),
                lost, writers.failures(), writers.serverErrors(), consistency.get("differences").asLong(),
                historyRowsNotOnePerEvent(), deadLetters(), ownersBySegment());
        assertThat(lost).as("acknowledged notes missing from (or doubled in) the history").isZero();
        assertThat(writers.serverErrors()).as("5xx answers: %s", writers.failures()).isZero();
        assertThat(historyRowsNotOnePerEvent()).as("cases whose history has not exactly one row per event").isZero();
        assertThat(deadLetters()).as("events a read model could not apply").isZero();
        assertThat(consistency.get("differences").asLong()).as("consistency report %s", consistency).isZero();
    }

    @Test
    @Order(2)
    void aKilledNodesSegmentsAreTakenOverWithinTheClaimTimeoutAndLaterEventsStillReachTheReadModels() {
        Map<String, String> before = FaultChecks.until("every segment claimed", Duration.ofSeconds(60),
                this::ownersBySegment, owners -> owners.size() == 10 && !owners.containsValue(null));
        AppNode victim = before.values().stream().anyMatch(o -> o.startsWith(first.tokenOwnerPrefix())) ? first : second;
        AppNode survivor = victim == first ? second : first;
        String victimPrefix = victim.tokenOwnerPrefix();
        String survivorPrefix = survivor.tokenOwnerPrefix();
        long victimSegments = before.values().stream().filter(o -> o.startsWith(victimPrefix)).count();

        long killedAt = System.nanoTime();
        victim.kill();
        FaultChecks.until("the survivor to claim every segment", Duration.ofSeconds(60), this::ownersBySegment,
                owners -> owners.values().stream().allMatch(o -> o != null && o.startsWith(survivorPrefix)));
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);

        Api survivorApi = survivor == first ? throughFirst : throughSecond;
        Api.Response note = survivorApi.post("/api/cases/" + cases.get(0) + "/notes",
                Map.of("text", "after the kill")).expectStatus(201);
        Map<UUID, Integer> history = FaultChecks.historyEntries(survivorApi, cases.get(0),
                note.json().get("version").asLong());
        JsonNode consistency = FaultChecks.consistencyOnceConverged(survivor.admin());

        System.out.printf("%nTWO NODES, one killed: %s held %d of 10 segments before %s; all 10 claimed by %s "
                        + "%d ms after the kill (claim timeout 10 s); consistency differences after it %d%n%n",
                victim.name(), victimSegments, before, survivor.name(), takeover.toMillis(),
                consistency.get("differences").asLong());
        assertThat(victimSegments).as("the killed node held segments").isPositive();
        assertThat(takeover).as("takeover time").isLessThanOrEqualTo(TAKEOVER_BOUND.plusSeconds(5));
        assertThat(history).containsEntry(UUID.fromString(note.json().get("entryId").asText()), 1);
        assertThat(consistency.get("differences").asLong()).as("consistency report %s", consistency).isZero();
    }

    private long lostOrDoubled(List<NoteWriters.Acknowledged> acknowledged, Api reader) {
        Map<UUID, List<NoteWriters.Acknowledged>> byCase = acknowledged.stream()
                .collect(Collectors.groupingBy(NoteWriters.Acknowledged::caseId));
        long lost = 0;
        for (UUID caseId : cases) {
            List<NoteWriters.Acknowledged> notes = byCase.getOrDefault(caseId, List.of());
            long version = notes.stream().mapToLong(NoteWriters.Acknowledged::version).max().orElse(1);
            Map<UUID, Integer> stored = FaultChecks.historyEntries(reader, caseId, version);
            lost += notes.stream().filter(n -> stored.getOrDefault(n.entryId(), 0) != 1).count();
        }
        return lost;
    }

    /** Processor/segment to the node that claims it (null: unclaimed), read behind the nodes' backs. */
    private Map<String, String> ownersBySegment() {
        Map<String, String> owners = new java.util.TreeMap<>();
        superuser().query("SELECT processor_name, segment, owner FROM token_entry", row -> {
            owners.put(row.getString(1) + "/" + row.getInt(2), row.getString(3));
        });
        return owners;
    }

    private long historyRowsNotOnePerEvent() {
        return superuser().queryForObject("SELECT count(*) FROM (SELECT aggregate_identifier, count(*) AS events "
                + "FROM domain_event_entry GROUP BY aggregate_identifier) e LEFT JOIN (SELECT case_id::text AS id, "
                + "count(*) AS rows FROM history_entry GROUP BY case_id) h ON h.id = e.aggregate_identifier "
                + "WHERE h.rows IS DISTINCT FROM e.events", Long.class);
    }

    private long deadLetters() {
        return superuser().queryForObject("SELECT count(*) FROM dead_letter_entry", Long.class);
    }

    private JdbcTemplate superuser() {
        return new JdbcTemplate(database.dataSource());
    }
}
