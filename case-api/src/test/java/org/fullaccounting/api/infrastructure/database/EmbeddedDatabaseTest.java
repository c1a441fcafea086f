package org.fullaccounting.api.infrastructure.database;

import org.fullaccounting.api.infrastructure.database.EmbeddedCredentials;
import org.fullaccounting.api.infrastructure.database.EmbeddedDatabase;

import org.fullaccounting.api.FullAccountingApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database the run command starts when no SPRING_DATASOURCE_URL is given, asked through the
 * running application: durable, closed to anyone without a password, the application on a role
 * that owns nothing, and everything (passwords included) there again after a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTest {

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void startTheApplicationAsTheRunCommandDoes() {
        app = start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theApplicationsDatabaseWritesDurably() {
        JdbcTemplate database = applicationDatabase();

        assertThat(database.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(database.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(database.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void theEmbeddedPoolWaitsForAConnectionAsLongAsConfiguredNotHikarisHalfMinute() {
        // While the database is away a request is answered 503 after this wait (application.yml).
        assertThat(app.getBean(com.zaxxer.hikari.HikariDataSource.class).getConnectionTimeout()).isEqualTo(3000);
    }

    @Test
    void theApplicationConnectsAsARoleThatOwnsNothing() {
        JdbcTemplate database = applicationDatabase();

        assertThat(database.queryForObject("SELECT current_user", String.class)).isEqualTo("fa_app");
        assertThat(database.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
                Boolean.class)).isFalse();
        assertThat(database.queryForObject("SELECT count(*) FROM pg_tables WHERE tableowner = current_user",
                Integer.class)).isZero();
    }

    @Test
    void nobodyGetsInWithoutAPassword() {
        int port = app.getBean(EmbeddedDatabase.class).port();
        for (String user : new String[]{"postgres", "fa_owner", "fa_app"}) {
            for (String database : new String[]{"postgres", "fullaccounting"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, user, "").close())
                        .as(user + " without a password").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, user, "a-guessed-password").close())
                        .as(user + " with a wrong password").isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
        }
    }

    /** Before, every line initdb, pg_ctl and the server wrote came into the console at INFO. */
    @Test
    void theDatabasesOwnLinesStayOutOfTheConsoleAndInItsDataDirectory(CapturedOutput console) throws Exception {
        assertThat(console.getAll()).contains("Full Accounting is listening on")
                .doesNotContain("io.zonky", "The files belonging to this database system",
                        "database system is ready to accept connections");

        try (Stream<Path> logs = Files.list(dataDir.resolve("log"))) {
            String serverLog = logs.map(EmbeddedDatabaseTest::read).collect(Collectors.joining());
            assertThat(serverLog).contains("database system is ready to accept connections");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePasswordsAreKeptInTheDataDirectoryReadableByItsOwnerOnly() throws Exception {
        Path file = dataDir.resolve(EmbeddedCredentials.FILE_NAME);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains("superuser.password=", "owner.password=", "app.password=");
    }

    @Test
    void dataAndPasswordsSurviveARestart() throws Exception {
        String passwords = Files.readString(dataDir.resolve(EmbeddedCredentials.FILE_NAME));
        applicationDatabase().update("INSERT INTO access_log (at, username, action, outcome) "
                + "VALUES (now(), 'before-restart', 'TEST', 'OK')");

        app.close();
        app = start();

        assertThat(applicationDatabase().queryForObject("SELECT count(*) FROM access_log WHERE username = "
                + "'before-restart'", Integer.class)).isEqualTo(1);
        assertThat(Files.readString(dataDir.resolve(EmbeddedCredentials.FILE_NAME))).isEqualTo(passwords);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FullAccountingApplication.class).run(
                "--server.port=0",
                "--fa.data-dir=" + dataDir,
                "--fa.sample-data=false",
                "--fa.admin-password=admin-password-for-tests");
    }

    private static JdbcTemplate applicationDatabase() {
        return new JdbcTemplate(app.getBean(DataSource.class));
    }
}
