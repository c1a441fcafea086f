package org.fullaccounting.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.web.WebSession;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The whole application on a random port over a fresh real PostgreSQL database, spoken to over
 * real HTTP. All subclasses share one application context and database, so each test opens its
 * own cases with unique service numbers. The application connects as a role that may only append
 * to history; migrations run as the database's owner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    protected static final String ADMIN_PASSWORD = "admin-password-for-tests";
    /**
     * New password hashes cost 2^4 bcrypt rounds here instead of 2^10: the same code, a sixty-fourth of
     * the work (bcrypt was 14 % of the test suite's sampled CPU). Nodes started by the tests use it too.
     */
    protected static final String TEST_BCRYPT_STRENGTH = "4";
    /** The app runs as the restricted role, migrations as the owner, as in production (afterMigrate.sql). */
    protected static final TestDatabase.Roles ROLES = TestDatabase.roles();
    private static final TestDatabase.Database DATABASE = TestDatabase.freshOwnedBy(ROLES.owner());

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api caseworker;
    protected Api auditor;
    protected Api family;
    protected Api admin;
    protected Api anonymous;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", DATABASE::url);
        properties.add("spring.datasource.username", ROLES::app);
        properties.add("spring.datasource.password", ROLES::appPassword);
        properties.add("spring.flyway.user", ROLES::owner);
        properties.add("spring.flyway.password", ROLES::ownerPassword);
        properties.add("fa.sample-data", () -> "false");
        properties.add("fa.admin-password", () -> ADMIN_PASSWORD);
        properties.add("fa.login.bcrypt-strength", () -> TEST_BCRYPT_STRENGTH);
        SHARED_SETTINGS.forEach(properties::add);
    }

    /**
     * The shared application's settings that {@link #applicationOn} does not give every node, so a
     * test's own node can be set up as the shared application is ({@link #applicationLikeTheSharedOneOn}).
     * Not the database, the admin password or bcrypt's cost: applicationOn sets those itself, and a
     * setting given twice on the command line reads as both values joined ("4,4").
     */
    private static final Map<String, Supplier<Object>> SHARED_SETTINGS = Map.of(
            // Every sign-in reads the account here, so a test that changes an account sees it at its next request;
            // RecentSignInsApiTest runs nodes with the default lifetime and checks its bound.
            "fa.login.signed-in-cache-lifetime", () -> "0s",
            // Spring Boot's tests turn metrics export off; /actuator/prometheus is part of what is tested.
            "management.prometheus.metrics.export.enabled", () -> "true",
            // Single sign-on on, with a locally signed stand-in issuer: HTTP Basic must keep working beside it.
            "spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);

    /**
     * A second application, as an operator starts one, on another database (a restored or empty one),
     * with the same roles and admin password as this one; the caller closes it.
     */
    protected static ConfigurableApplicationContext applicationOn(TestDatabase.Database database, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + ROLES.app(),
                "--spring.datasource.password=" + ROLES.appPassword(),
                "--spring.flyway.user=" + ROLES.owner(),
                "--spring.flyway.password=" + ROLES.ownerPassword(),
                "--fa.sample-data=false",
                "--fa.admin-password=" + ADMIN_PASSWORD,
                "--fa.login.bcrypt-strength=" + TEST_BCRYPT_STRENGTH));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(FullAccountingApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A node on {@code database} set up as the shared application is; the caller closes it. */
    protected static ConfigurableApplicationContext applicationLikeTheSharedOneOn(TestDatabase.Database database) {
        return applicationOn(database, SHARED_SETTINGS.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue().get()).toArray(String[]::new));
    }

    /** Another node on this application's database, with these settings ("--fa.node-id=..."); the caller closes it. */
    protected static ConfigurableApplicationContext anotherNode(String... settings) {
        return applicationOn(DATABASE, settings);
    }

    protected static int portOf(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @BeforeEach
    void signIn() {
        TestAccounts.ensure(Api.at(port).as("admin", ADMIN_PASSWORD));
        callersAt(port);
    }

    /**
     * The callers of the tests signed in to a node the test started on a database of its own
     * ({@link #applicationOn}) instead of the shared application; the test accounts are made there.
     */
    protected void signInToOwnNode(int nodePort) {
        TestAccounts.create(Api.at(nodePort).as("admin", ADMIN_PASSWORD));
        callersAt(nodePort);
    }

    private void callersAt(int port) {
        admin = Api.at(port).as("admin", ADMIN_PASSWORD);
        caseworker = Api.at(port).as(TestAccounts.CASEWORKER, TestAccounts.PASSWORD);
        auditor = Api.at(port).as(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        family = Api.at(port).as(TestAccounts.FAMILY, TestAccounts.PASSWORD);
        anonymous = Api.at(port);
    }

    /** Opens a Dumas-like case with a service number no other test uses; returns its id. */
    protected UUID openCase() {
        Api.Response opened = caseworker.post("/api/cases", Requests.caseOpening(uniqueServiceNumber()));
        opened.expectStatus(201);
        return UUID.fromString(opened.json().get("caseId").asText());
    }

    protected static String uniqueServiceNumber() {
        return "RA" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L);
    }

    /**
     * The database's superuser, behind the application's back: what an attacker with those rights
     * could do. The application itself ({@link #jdbc}) connects as the restricted role.
     */
    protected static JdbcTemplate superuser() {
        return new JdbcTemplate(DATABASE.dataSource());
    }

    /** The family test account linked to the case, as an administrator links one. */
    protected void linkFamily(UUID caseId) {
        admin.post("/api/admin/family-links", Map.of("username", TestAccounts.FAMILY, "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
    }

    /** The web pages as the family test account sees them, signed in through the login form. */
    protected WebSession familyPages() {
        return WebSession.signedIn(port, TestAccounts.FAMILY, TestAccounts.PASSWORD);
    }

    /** The web pages as the caseworker test account sees them, signed in through the login form. */
    protected WebSession caseworkerPages() {
        return WebSession.signedIn(port, TestAccounts.CASEWORKER, TestAccounts.PASSWORD);
    }

    /** A note on the case, as the caseworker; the case's version after it. */
    protected long addNote(UUID caseId, String text) {
        return caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", text)).expectStatus(201)
                .json().get("version").asLong();
    }

    /** The named read model's status, as GET /api/admin/projections gives it. */
    protected JsonNode readModelStatus(String name) {
        for (JsonNode status : admin.get("/api/admin/projections").expectStatus(200).json()) {
            if (status.get("name").asText().equals(name)) {
                return status;
            }
        }
        throw new AssertionError("no read model " + name);
    }

    protected int eventCount(UUID caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, caseId.toString());
    }

    protected static String text(JsonNode node, String field) {
        return node.get(field) == null ? null : node.get(field).asText();
    }
}
