package org.fullaccounting.api.faults;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.reads.Eventually;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.TestTokens;
import org.fullaccounting.api.web.WebSession;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application over a real PostgreSQL whose wire the test can cut ({@link DatabaseLink}): while
 * the database is away every request that needs it is refused 503 DATABASE_UNAVAILABLE with a
 * Retry-After, a sign-in that cannot be checked is not a wrong password, readiness is DOWN and
 * liveness UP; once the wire is back everything answers again by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseAwayTest {

    private static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final String PASSWORD = "a-long-test-password";
    private static final TestDatabase.Roles ROLES = TestDatabase.roles();
    /** How long the app may take to answer normally again once PostgreSQL is back. */
    private static final Duration BACK = Duration.ofSeconds(60);
    private static final TestDatabase.Database DATABASE = TestDatabase.freshOwnedBy(ROLES.owner());
    private static final DatabaseLink LINK = DatabaseLink.to(DATABASE.url());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> LINK.relayed(DATABASE.url()));
        properties.add("spring.datasource.username", ROLES::app);
        properties.add("spring.datasource.password", ROLES::appPassword);
        properties.add("spring.flyway.user", ROLES::owner);
        properties.add("spring.flyway.password", ROLES::ownerPassword);
        properties.add("fa.sample-data", () -> "false");
        properties.add("fa.admin-password", () -> ADMIN_PASSWORD);
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    @BeforeEach
    void accounts() {
        Api admin = Api.at(port).as("admin", ADMIN_PASSWORD);
        // "unchecked-*" sign in only in the tests of a sign-in that must be checked: one made with the same
        // password within the last second would be answered from memory (RecentSignIns), database or not.
        for (String name : List.of("away-caseworker", "unchecked-caseworker", "unchecked-family")) {
            String role = name.endsWith("family") ? "FAMILY" : "CASEWORKER";
            // Right after a test restored the wire, the pool may still hand out a connection it lost.
            Eventually.until("account " + name + " made", BACK, () -> admin.post("/api/admin/users", Map.of("username",
                    name, "password", PASSWORD, "roles", List.of(role))).status(),
                    status -> status == 201 || status == 409);
        }
    }

    @AfterEach
    void reconnect() {
        LINK.restore();
    }

    /**
     * The wire is closed with the application ({@link DirtiesContext}: right after this class), once its
     * read models have stopped: closed before, in an AfterAll, the application's read models waited at
     * the JVM's exit for connections that could no longer be made, until surefire killed the fork.
     */
    @TestConfiguration
    static class TheWire {

        @Bean
        DisposableBean closesTheWireWithTheApplication() {
            return LINK::close;
        }
    }

    @Test
    void aSignInThatCannotBeCheckedIsNotAWrongPassword() {
        LINK.cut();
        unavailable(Api.at(port).as("unchecked-family", PASSWORD).get("/api/my/cases"));
        unavailable(Api.at(port).as("unchecked-family", "not-the-password").get("/api/my/cases"));
        LINK.restore();

        assertThat(Eventually.until("the account signs in again", BACK, () -> Api.at(port).as("unchecked-family",
                PASSWORD).get("/api/my/cases").status(), status -> status == 200)).isEqualTo(200);
        assertThat(new JdbcTemplate(DATABASE.dataSource()).queryForObject(
                "SELECT count(*) FROM login_failure WHERE username = 'unchecked-family'", Integer.class))
                .as("failed sign-ins counted").isZero();
    }

    @Test
    void aWriteOrReadWhileTheDatabaseIsAwayIsRefusedWith503AndWorksOnceItIsBack() {
        String token = "Bearer " + TestTokens.token("away.sso", List.of("caseworker"));
        Api api = Api.at(port);
        Api.Response opened = api.post("/api/cases", Requests.caseOpening("RA" + System.nanoTime() % 100_000_000),
                "Authorization", token).expectStatus(201);
        String caseId = opened.json().get("caseId").asText();

        LINK.cut();
        unavailable(api.post("/api/cases/" + caseId + "/notes", Map.of("text", "while away"), "Authorization", token));
        unavailable(api.get("/api/cases/" + caseId, "Authorization", token));
        unavailable(api.get("/api/cases/" + caseId + "/history", "Authorization", token));
        LINK.restore();

        assertThat(Eventually.until("a note is accepted again", BACK, () -> api.post("/api/cases/" + caseId + "/notes",
                Map.of("text", "back"), "Authorization", token).status(), status -> status == 201)).isEqualTo(201);
    }

    @Test
    void aPageWhileTheDatabaseIsAwaySaysSoWith503() {
        WebSession session = WebSession.signedIn(port, "away-caseworker", PASSWORD);
        LINK.cut();
        HttpResponse<String> board = session.get("/");
        assertThat(board.statusCode()).isEqualTo(503);
        assertThat(board.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(board.headers().firstValue("Retry-After")).isPresent();
        assertThat(board.body()).contains("Temporarily unavailable").doesNotContain("Exception");
    }

    @Test
    void aFormSignInThatCannotBeCheckedIsNotAWrongPasswordEither() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        LINK.cut();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=unchecked-caseworker&password=" + PASSWORD
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signIn.headers().firstValue("Location").orElse("");
        assertThat(location).endsWith("/login?error=unavailable");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("cannot be reached").doesNotContain("password is not right");
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndUpAgainByItselfWhileLivenessStaysUp() {
        Api anonymous = Api.at(port);
        Eventually.until("ready", BACK, () -> anonymous.get("/actuator/health/readiness").status(),
                status -> status == 200);
        LINK.cut();
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(503);
        assertThat(anonymous.get("/actuator/health/readiness").json().path("status").asText()).isEqualTo("DOWN");
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        LINK.restore();
        assertThat(Eventually.until("ready again", BACK, () -> anonymous.get("/actuator/health/readiness").status(),
                status -> status == 200)).isEqualTo(200);
    }

    private static void unavailable(Api.Response answer) {
        answer.expectProblem(503, "DATABASE_UNAVAILABLE");
        assertThat(answer.header("Retry-After")).isEqualTo("5");
    }

}
