package org.fullaccounting.api.config;

import org.fullaccounting.api.FullAccountingApplication;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given one database user only (no SPRING_FLYWAY_USER), the application still starts, with that
 * user for migrations and for itself, and says loudly that its own credentials could switch the
 * append-only triggers off.
 */
@ExtendWith(OutputCaptureExtension.class)
class SingleDatabaseRoleTest {

    @Test
    void withOneUserForEverythingTheApplicationStartsAndWarnsLoudly(CapturedOutput output) {
        TestDatabase.Database database = TestDatabase.fresh();

        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(FullAccountingApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--fa.sample-data=false",
                "--fa.admin-password=admin-password-for-tests")) {

            assertThat(output).contains("which owns the event tables or is", "could switch the append-only triggers off",
                    "SPRING_FLYWAY_USER");
        }
    }
}
