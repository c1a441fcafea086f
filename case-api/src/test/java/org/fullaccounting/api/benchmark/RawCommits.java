package org.fullaccounting.api.benchmark;

import org.fullaccounting.projections.testing.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own speed on the same server in the same run: single-row commits of event-sized
 * rows (one INSERT, one commit, like one appended event), with pgbench when it is installed, else
 * a JDBC loop with autocommit. The rows go to a table of their own in the benchmark's database.
 */
final class RawCommits {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private final TestDatabase.Database database;
    private final int rowBytes;
    private final Optional<Path> pgbench;

    RawCommits(TestDatabase.Database database, int rowBytes) {
        this.database = database;
        this.rowBytes = rowBytes;
        this.pgbench = findPgbench();
        execute("CREATE TABLE IF NOT EXISTS benchmark_raw_commit (id bigserial PRIMARY KEY, "
                + "aggregate_identifier uuid NOT NULL, sequence_number bigint NOT NULL, payload bytea NOT NULL, "
                + "time_stamp text NOT NULL)");
    }

    String method() {
        return pgbench.map(path -> "pgbench").orElse("JDBC loop, autocommit");
    }

    /** Commits per second at {@code clients} connections for {@code duration}. */
    double commitsPerSecond(int clients, Duration duration) {
        return pgbench.isPresent() ? withPgbench(pgbench.get(), clients, duration) : withJdbc(clients, duration);
    }

    /** The statement of one raw commit: an event-sized row into its own table. */
    String insert() {
        return "INSERT INTO benchmark_raw_commit (aggregate_identifier, sequence_number, payload, time_stamp) "
                + "VALUES (gen_random_uuid(), 1, convert_to(repeat('x', " + rowBytes + "), 'UTF8'), now()::text)";
    }

    private double withPgbench(Path pgbench, int clients, Duration duration) {
        try {
            Path script = Files.createTempFile("raw-commit", ".sql");
            Files.writeString(script, insert() + ";\n");
            URI server = URI.create(database.url().substring("jdbc:".length()));
            List<String> command = new ArrayList<>(List.of(pgbench.toString(), "-n", "-h", server.getHost(),
                    "-p", String.valueOf(server.getPort()), "-U", database.user(), "-c", String.valueOf(clients),
                    "-j", String.valueOf(Math.min(clients, 4)), "-T", String.valueOf(duration.toSeconds()),
                    "-f", script.toString(), server.getPath().substring(1)));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", database.password());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.deleteIfExists(script);
            Matcher tps = TPS.matcher(output);
            if (process.waitFor() != 0 || !tps.find()) {
                throw new IllegalStateException("pgbench failed: " + output);
            }
            return Double.parseDouble(tps.group(1));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run pgbench", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private double withJdbc(int clients, Duration duration) {
        List<Connection> connections = new ArrayList<>();
        try {
            List<PreparedStatement> statements = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                connections.add(database.dataSource().getConnection());
                statements.add(connections.get(c).prepareStatement(insert()));
            }
            return Load.run(clients, duration, client -> statements.get(client).executeUpdate() == 1).perSecond();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect for the raw commits", e);
        } finally {
            connections.forEach(RawCommits::closeQuietly);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // measuring is over
        }
    }

    private void execute(String sql) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Optional<Path> findPgbench() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "pgbench"));
        Stream<Path> versioned;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versioned = versions.sorted(java.util.Comparator.reverseOrder()).map(v -> v.resolve("bin/pgbench"))
                    .toList().stream();
        } catch (IOException e) {
            versioned = Stream.empty();
        }
        return Stream.concat(onPath, versioned).filter(Files::isExecutable).findFirst();
    }
}
