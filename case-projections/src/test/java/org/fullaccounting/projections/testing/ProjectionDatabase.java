package org.fullaccounting.projections.testing;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh PostgreSQL database with the read models' migrations applied (as the app applies them).
 * They are applied once per JVM, to a database no test touches, and each test gets a copy of it
 * made by the server: the same schema, without running the migrations again for every test.
 */
public final class ProjectionDatabase {

    private static TestDatabase.Database migratedTemplate;

    private ProjectionDatabase() {
    }

    public static JdbcTemplate migrated() {
        return new JdbcTemplate(TestDatabase.copyOf(template()).dataSource());
    }

    private static synchronized TestDatabase.Database template() {
        if (migratedTemplate == null) {
            TestDatabase.Database template = TestDatabase.fresh();
            Flyway.configure()
                    .dataSource(template.dataSource())
                    .locations("classpath:org/fullaccounting/projections")
                    .load()
                    .migrate();
            migratedTemplate = template;
        }
        return migratedTemplate;
    }
}
