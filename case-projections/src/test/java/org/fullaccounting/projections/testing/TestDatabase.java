package org.fullaccounting.projections.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real, fresh PostgreSQL database for each test that asks. Uses the server on
 * 127.0.0.1:5432 (user postgres, as on CI) when one answers, otherwise an embedded PostgreSQL
 * started once per JVM. Force either with -Dfa.test.db=server|embedded. Databases and roles made
 * here are dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final String SERVER_URL =
            System.getProperty("fa.test.server-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String SERVER_USER = System.getProperty("fa.test.server-user", "postgres");
    /** How long the applications on this JVM's databases may take to close when it exits, before they are dropped anyway. */
    private static final Duration CLOSING = Duration.ofSeconds(30);
    private static final List<String> created = new CopyOnWriteArrayList<>();
    private static final List<String> createdRoles = new CopyOnWriteArrayList<>();
    private static Roles roles;
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

    /**
     * Two login roles as the application is meant to run: the owner runs the migrations, the app
     * role only gets what afterMigrate.sql (case-api) grants. Roles are shared by every database on the
     * server, so their names are unique to this JVM; they are dropped when it exits.
     */
    public record Roles(String owner, String ownerPassword, String app, String appPassword) {
    }

    private TestDatabase() {
    }

    /** A new empty database, owned by the superuser the URL's user names. */
    public static synchronized Database fresh() {
        return create(null);
    }

    /** A new empty database owned by {@code owner} (as `CREATE DATABASE ... OWNER` on a real server). */
    public static synchronized Database freshOwnedBy(String owner) {
        return create(owner);
    }

    /**
     * A new database holding what {@code template} holds, copied by the server ({@code CREATE
     * DATABASE ... TEMPLATE}); nothing may be connected to the template while it is copied.
     */
    public static synchronized Database copyOf(Database template) {
        return create(null, template.url().substring(template.url().lastIndexOf('/') + 1));
    }

    /** This JVM's pair of roles, created on first use. */
    public static synchronized Roles roles() {
        if (roles == null) {
            String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            roles = new Roles("fa_owner_" + suffix, password(), "fa_app_" + suffix, password());
            String admin = adminUrl();
            try (Connection connection = DriverManager.getConnection(admin, SERVER_USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE " + roles.owner() + " LOGIN PASSWORD '" + roles.ownerPassword() + "'");
                createdRoles.add(roles.owner());
                statement.execute("CREATE ROLE " + roles.app() + " LOGIN PASSWORD '" + roles.appPassword() + "'");
                createdRoles.add(roles.app());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test roles on " + admin, e);
            }
        }
        return roles;
    }

    private static Database create(String owner) {
        return create(owner, null);
    }

    private static Database create(String owner, String template) {
        String admin = adminUrl();
        String name = "fa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(admin, SERVER_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + (owner == null ? "" : " OWNER " + owner)
                    + (template == null ? "" : " TEMPLATE " + template));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        created.add(name);
        return new Database(admin.substring(0, admin.lastIndexOf('/') + 1) + name, SERVER_USER, "");
    }

    private static String password() {
        return UUID.randomUUID().toString().replace("-", "");
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

    /**
     * Drops this JVM's databases and roles once nothing is connected to them any more (at most
     * {@link #CLOSING}, then regardless). Shutdown hooks run side by side in no set order, and Spring
     * Boot closes the tests' cached applications in its own; a database dropped under one made each of
     * its read models wait out Axon's shutdown phases (5 s each, over 30 s at the end of the suite,
     * until surefire killed the fork).
     */
    private static void dropCreated() {
        try (Connection connection = DriverManager.getConnection(adminUrl, SERVER_USER, "");
             Statement statement = connection.createStatement()) {
            awaitDisconnected(connection);
            for (String name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            // After their databases: a role that still owns or may use something cannot be dropped.
            for (String role : createdRoles) {
                statement.execute("DROP ROLE IF EXISTS " + role);
            }
        } catch (SQLException e) {
            // The JVM is going; a leftover database is only clutter.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // same
            }
        }
    }

    /** Waits until no session is connected to a database of this JVM's, at most {@link #CLOSING}. */
    private static void awaitDisconnected(Connection connection) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + CLOSING.toNanos();
        try (PreparedStatement sessions = connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ANY (?)")) {
            sessions.setArray(1, connection.createArrayOf("text", created.toArray()));
            while (System.nanoTime() < deadline) {
                try (ResultSet count = sessions.executeQuery()) {
                    if (count.next() && count.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
    }
}
