package org.fullaccounting.api.config;

import org.fullaccounting.api.ApiTest;
import org.fullaccounting.projections.ReadModel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's own credentials cannot undo the guards on history: its role owns nothing,
 * may only append events, and cannot switch triggers off or become someone who can
 * (afterMigrate.sql, V8__database_roles.sql). The chain refuses TRUNCATE even to its owner; the
 * application may truncate only the tables of the read models a replay rebuilds.
 */
class DatabaseRolesTest extends ApiTest {

    /** The read models an admin replays; a replay truncates their tables. */
    @Autowired
    private List<ReadModel> models;

    @Test
    void theApplicationRunsAsARoleThatIsNeitherOwnerNorSuperuser() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(ROLES.app());
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'domain_event_entry'",
                String.class)).isEqualTo(ROLES.owner());
    }

    @Test
    void theApplicationCannotSwitchTheAppendOnlyTriggersOff() {
        for (String sql : new String[]{
                "ALTER TABLE domain_event_entry DISABLE TRIGGER ALL",
                "ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only",
                "ALTER TABLE event_chain DISABLE TRIGGER ALL",
                "ALTER TABLE snapshot_event_entry DISABLE TRIGGER ALL",
                "DROP TRIGGER domain_event_entry_chain ON domain_event_entry",
                "SET session_replication_role = replica",
                "SET ROLE " + ROLES.owner()}) {
            assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class);
        }
    }

    @Test
    void theApplicationCannotTruncateRewriteOrDeleteHistory() {
        UUID caseId = openCase();
        for (String sql : new String[]{
                "TRUNCATE event_chain",
                "TRUNCATE domain_event_entry",
                "UPDATE domain_event_entry SET payload = payload WHERE aggregate_identifier = '" + caseId + "'",
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = '" + caseId + "'",
                "UPDATE event_chain SET hash = hash WHERE aggregate_identifier = '" + caseId + "'",
                "INSERT INTO event_chain VALUES (-1, 'forged', 0, '\\x00', '\\x00')"}) {
            assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class);
        }
        assertThat(eventCount(caseId)).isEqualTo(1);
        assertThat(auditor.get("/api/audit/cases/" + caseId + "/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void theApplicationMayTruncateTheReplayableReadModelsAndNothingElse() {
        List<String> replayable = models.stream().flatMap(model -> model.tables().stream()).sorted().toList();

        List<String> truncatable = jdbc.queryForList("SELECT table_name FROM information_schema.table_privileges "
                + "WHERE grantee = current_user AND privilege_type = 'TRUNCATE' ORDER BY table_name", String.class);

        assertThat(replayable).hasSize(11);
        assertThat(truncatable).containsExactlyElementsOf(replayable);
    }

    @Test
    void evenTheOwnerCannotTruncateTheChain() {
        assertThatThrownBy(() -> superuser().execute("TRUNCATE event_chain"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void theApplicationStillWritesEverythingItMust() {
        UUID caseId = openCase();

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "written as the restricted role"),
                "Idempotency-Key", UUID.randomUUID().toString()).expectStatus(201);

        assertThat(eventCount(caseId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log", Integer.class)).isPositive();
    }
}
