package org.fullaccounting.api.faults;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.TestTokens;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness counts the read models' lag: with a limit of 3 events, a history model held back (its
 * table locked by another session, as a long-running query would) while 5 notes are written makes
 * readiness DOWN; released, the model catches up and readiness is UP again by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadModelLagReadinessTest {

    private static final TestDatabase.Roles ROLES = TestDatabase.roles();
    private static final TestDatabase.Database DATABASE = TestDatabase.freshOwnedBy(ROLES.owner());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", DATABASE::url);
        properties.add("spring.datasource.username", ROLES::app);
        properties.add("spring.datasource.password", ROLES::appPassword);
        properties.add("spring.flyway.user", ROLES::owner);
        properties.add("spring.flyway.password", ROLES::ownerPassword);
        properties.add("fa.sample-data", () -> "false");
        properties.add("fa.admin-password", () -> "admin-password-for-tests");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        properties.add("fa.health.read-model-lag-limit", () -> "3");
    }

    @Test
    void readinessIsDownWhileAReadModelIsFurtherBehindThanTheLimitAndUpOnceItCaughtUp() throws Exception {
        Api api = Api.at(port);
        String token = "Bearer " + TestTokens.token("lag.sso", List.of("caseworker"));
        String caseId = api.post("/api/cases", Requests.caseOpening("RA" + System.nanoTime() % 100_000_000),
                "Authorization", token).expectStatus(201).json().get("caseId").asText();
        assertThat(readinessBecomes(api, 200)).as("ready at first").isTrue();

        try (Connection holder = DATABASE.dataSource().getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE history_entry IN ACCESS EXCLUSIVE MODE");
            for (int i = 0; i < 5; i++) {
                api.post("/api/cases/" + caseId + "/notes", Map.of("text", "note " + i), "Authorization", token)
                        .expectStatus(201);
            }
            assertThat(readinessBecomes(api, 503)).as("DOWN while the history is 5 events behind").isTrue();
            assertThat(api.get("/actuator/health/liveness").status()).as("liveness").isEqualTo(200);
            holder.rollback();
        }
        assertThat(readinessBecomes(api, 200)).as("UP again once it caught up").isTrue();
    }

    private static boolean readinessBecomes(Api api, int status) throws InterruptedException {
        return Writers.await(() -> api.get("/actuator/health/readiness").status() == status, 60);
    }
}
