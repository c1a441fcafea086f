package org.fullaccounting.projections.testing;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/** A fresh PostgreSQL database with the read models' migrations applied (as the app applies them). */
public final class ProjectionDatabase {

    private ProjectionDatabase() {
    }

    public static JdbcTemplate migrated() {
        DataSource dataSource = TestDatabase.fresh().dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:org/fullaccounting/projections")
                .load()
                .migrate();
        return new JdbcTemplate(dataSource);
    }
}
