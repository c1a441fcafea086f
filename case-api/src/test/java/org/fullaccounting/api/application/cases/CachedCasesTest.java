package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.ApiTest;
import org.fullaccounting.casefile.api.AddNoteCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases stay in memory between commands (StoreCheckedRepository), and that changes no answer: a
 * write whose transaction rolls back after Axon's unit of work committed (so the cached case is
 * ahead of the store) is not built on by the next write. Writes from another node: TwoNodesTest.
 */
class CachedCasesTest extends ApiTest {

    private static final Authentication CASEWORKER = new UsernamePasswordAuthenticationToken("test-caseworker", null,
            AuthorityUtils.createAuthorityList("ROLE_CASEWORKER"));

    @Autowired
    private CaseCommands commands;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void aWriteRolledBackAfterItsUnitOfWorkLeavesNoTraceInTheNextWrite() {
        UUID caseId = openCase();
        note(caseId, "cached now").expectStatus(201);

        transaction.executeWithoutResult(status -> {
            Written rolledBack = commands.record(caseId, (id, entryId, expected) ->
                    new AddNoteCommand(id, entryId, "never stored", expected), null, CASEWORKER,
                    CaseCommands.Idempotency.none());
            assertThat(rolledBack.version()).isEqualTo(3);
            status.setRollbackOnly();
        });

        assertThat(note(caseId, "after the rollback").expectStatus(201).json().get("version").asLong()).isEqualTo(3);
        assertThat(sequences(caseId)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aCachedCaseStillRefusesAWriteBasedOnAnOlderVersion() {
        UUID caseId = openCase();
        note(caseId, "first").expectStatus(201);
        note(caseId, "second").expectStatus(201);

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "stale"), "If-Match", "\"2\"")
                .expectProblem(412, "STALE_VERSION");
        assertThat(eventCount(caseId)).isEqualTo(3);
    }

    private org.fullaccounting.api.Api.Response note(UUID caseId, String text) {
        return caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", text));
    }

    private List<Long> sequences(UUID caseId) {
        return jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", Long.class, caseId.toString());
    }
}
