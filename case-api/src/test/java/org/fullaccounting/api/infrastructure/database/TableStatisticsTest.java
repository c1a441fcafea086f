package org.fullaccounting.api.infrastructure.database;

import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.infrastructure.axon.ReadModelCatchUp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's statistics gathered after the application's bulk writes, with the application's own rights. */
class TableStatisticsTest extends ApiTest {

    @Autowired
    private TableStatistics statistics;

    @Test
    void theApplicationsRestrictedRoleGathersTheStatisticsOfTheStoreAndTheReadModels() {
        Timestamp before = jdbc.queryForObject("SELECT now()", Timestamp.class);
        String role = jdbc.queryForObject("SELECT current_user", String.class);

        assertThat(statistics.refreshAfter("a test")).isTrue();

        assertThat(role).as("the application's role, which owns no table").isEqualTo(ROLES.app());
        for (String table : new String[]{"domain_event_entry", "event_chain", "history_entry", "correspondence"}) {
            Timestamp analyzed = jdbc.queryForObject(
                    "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?", Timestamp.class, table);
            assertThat(analyzed).as(table).isNotNull().isAfterOrEqualTo(before);
        }
    }

    @Test
    void aCatchUpGathersThemOnlyAfterACompletedPassOfAtLeastAHundredThousandEvents() {
        long enough = ReadModelCatchUp.STATISTICS_AFTER_EVENTS;

        assertThat(new ReadModelCatchUp.Outcome(true, enough, Duration.ofSeconds(1), "").bulk()).isTrue();
        assertThat(new ReadModelCatchUp.Outcome(true, enough - 1, Duration.ofSeconds(1), "").bulk())
                .isFalse();
        assertThat(new ReadModelCatchUp.Outcome(false, enough, Duration.ofSeconds(1), "stopped").bulk())
                .isFalse();
        assertThat(enough).isEqualTo(100_000);
    }
}
