package org.fullaccounting.projections.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real, fresh PostgreSQL database for each test that asks. Uses the server on
 * 127.0.0.1:5432 (user postgres, as on CI) when one answers, otherwise an embedded PostgreSQL
 * started once per JVM. Force either with -Dfa.test.db=server|embedded. Databases made here are
 * dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final String SERVER_URL =
            System.getProperty("fa.test.server-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String SERVER_USER = System.getProperty("fa.test.server-user", "postgres");
    private static final List<String> created = new CopyOnWriteArrayList<>();
    private static String adminUrl;
    private static EmbeddedPostgres embedded;

    /** The JDBC URL, user and password of one new empty database. */
    public record Database(String url, String user, String password) {

        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }
    }

    private TestDatabase() {
    }

    public static synchronized Database fresh() {
        String admin = adminUrl();
        String name = "fa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(admin, SERVER_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        created.add(name);
        return new Database(admin.substring(0, admin.lastIndexOf('/') + 1) + name, SERVER_USER, "");
    }

    /** Where the databases live, for the record in test output. */
    public static synchronized String describe() {
        return embedded != null ? "embedded PostgreSQL" : "PostgreSQL server " + SERVER_URL;
    }

    private static String adminUrl() {
        if (adminUrl != null) {
            return adminUrl;
        }
        String choice = System.getProperty("fa.test.db", "auto").toLowerCase(Locale.ROOT);
        if (!choice.equals("embedded") && serverAnswers()) {
            adminUrl = SERVER_URL;
        } else if (choice.equals("server")) {
            throw new IllegalStateException("-Dfa.test.db=server but nothing answers at " + SERVER_URL);
        } else {
            adminUrl = startEmbedded();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
        return adminUrl;
    }

    private static boolean serverAnswers() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(SERVER_URL, SERVER_USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            return embedded.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server answers and the embedded one did not start", e);
        }
    }

    private static void dropCreated() {
        try (Connection connection = DriverManager.getConnection(adminUrl, SERVER_USER, "");
             Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            // The JVM is going; a leftover database is only clutter.
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // same
            }
        }
    }
}
