package org.fullaccounting.api.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application killed with SIGKILL under 16 concurrent writers, then started again on the same
 * database: every note it acknowledged is in the history exactly once, and the read models
 * converge on what the events say (the consistency check finds no difference).
 */
@Tag("faults")
class CrashTest {

    private static final TestDatabase.Roles ROLES = TestDatabase.roles();
    private static final int WRITERS = 16;

    private AppNode node;

    @AfterEach
    void killTheNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void everyAcknowledgedNoteSurvivesAKillAndTheReadModelsConverge() {
        node = AppNode.on("crash", TestDatabase.freshOwnedBy(ROLES.owner()), ROLES, Map.of());
        node.start();
        Api caseworker = FaultChecks.caseworkerOn(node);
        List<UUID> cases = FaultChecks.openCases(caseworker, 4);

        Duration restart;
        List<NoteWriters.Acknowledged> acknowledged;
        NoteWriters writers = NoteWriters.start(WRITERS, List.of(caseworker), cases);
        try (writers) {
            writers.awaitAcknowledged(300, Duration.ofMinutes(3));
            node.kill();
            int beforeKill = writers.acknowledged().size();
            restart = node.start();
            writers.awaitAcknowledged(beforeKill + 200, Duration.ofMinutes(3));
        }
        acknowledged = writers.acknowledged();

        Map<UUID, List<NoteWriters.Acknowledged>> byCase = acknowledged.stream()
                .collect(Collectors.groupingBy(NoteWriters.Acknowledged::caseId));
        long lost = 0;
        long storedWithoutAnswer = 0;
        for (UUID caseId : cases) {
            List<NoteWriters.Acknowledged> notes = byCase.getOrDefault(caseId, List.of());
            long version = notes.stream().mapToLong(NoteWriters.Acknowledged::version).max().orElse(1);
            Map<UUID, Integer> stored = FaultChecks.historyEntries(caseworker, caseId, version);
            lost += notes.stream().filter(note -> stored.getOrDefault(note.entryId(), 0) != 1).count();
            // the case's opening entry, plus notes whose answer the kill cut off
            storedWithoutAnswer += stored.size() - 1 - notes.size();
        }
        JsonNode consistency = FaultChecks.consistencyOnceConverged(node.admin());

        System.out.printf("%nCRASH (SIGKILL under %d writers): acknowledged %d, lost %d, stored without an answer %d, "
                        + "failed answers %s (5xx: %d), restart took %d ms, consistency differences %d%n%n",
                WRITERS, acknowledged.size(), lost, storedWithoutAnswer, writers.failures(), writers.serverErrors(),
                restart.toMillis(), consistency.get("differences").asLong());
        assertThat(lost).as("acknowledged notes missing from (or doubled in) the history").isZero();
        assertThat(consistency.get("differences").asLong()).as("consistency report %s", consistency).isZero();
        assertThat(writers.serverErrors()).as("5xx answers: %s", writers.failures()).isZero();
        assertThat(writers.failures().getOrDefault(NoteWriters.NO_ANSWER, 0))
                .as("writers that found the node down: the kill really happened under load").isPositive();
    }
}
