package org.fullaccounting.api.infrastructure.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Gathers PostgreSQL's statistics on every table after one of the application's bulk writes (a
 * population load, a read model rebuilt, an archive restored), as PostgreSQL advises after loading
 * data: the planner plans from them, and autovacuum gathers them only some time later, or never where
 * the server runs without it (V300__statistics_after_bulk_writes.sql has the measurement). Statistics
 * only save work: when they cannot be gathered, the application goes on and says so.
 */
@Component
public class TableStatistics {

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

    private final JdbcTemplate jdbc;

    TableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Analyzes every table of the application after {@code what}; false when that failed. */
    public boolean refreshAfter(String what) {
        long started = System.nanoTime();
        try {
            Integer tables = jdbc.queryForObject("SELECT fa_refresh_statistics()", Integer.class);
            log.info(String.format(Locale.ROOT, "Table statistics gathered after %s: %d tables in %.1f s", what,
                    tables, (System.nanoTime() - started) / 1e9));
            return true;
        } catch (DataAccessException failed) {
            log.warn("Table statistics could not be gathered after {}; queries are planned without them until "
                    + "autovacuum gathers them: {}", what, failed.getMessage());
            return false;
        }
    }
}
