package org.fullaccounting.api.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's default database: what it stores is there again after a restart. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataInTheEmbeddedDatabaseSurvivesARestart() throws Exception {
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();

        try (EmbeddedPostgres first = config.embeddedPostgres(dataDir.toString())) {
            new JdbcTemplate(first.getPostgresDatabase()).execute(
                    "CREATE TABLE remembered (what text); INSERT INTO remembered VALUES ('Camp 5')");
        }
        try (EmbeddedPostgres second = config.embeddedPostgres(dataDir.toString())) {
            assertThat(new JdbcTemplate(second.getPostgresDatabase())
                    .queryForObject("SELECT what FROM remembered", String.class)).isEqualTo("Camp 5");
        }
    }
}
