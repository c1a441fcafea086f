package org.fullaccounting.api.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.TestTokens;
import org.fullaccounting.api.application.admin.ConsistencyCheck;
import org.fullaccounting.api.application.admin.ConsistencyReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped ({@code pg_ctl stop -m fast}) and started again under concurrent writers
 * appending notes over HTTP, half signing in with HTTP Basic (accounts in that database), half
 * with bearer tokens. While it is away every answer is a 2xx or 503 DATABASE_UNAVAILABLE with
 * Retry-After (no other 5xx, no 401) and readiness is DOWN; after it is back readiness comes UP by
 * itself, every acknowledged note is in its case's history, no sign-in was counted as failed, and
 * the read models agree with the event store (consistency check: 0 differences).
 */
@Tag("faults")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseRestartTest {

    private static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final String PASSWORD = "a-long-test-password";
    private static final int WRITERS = 16;
    private static final int CASES = 4;
    private static final int OUTAGE_SECONDS = 15;
    private static final RestartablePostgres POSTGRES = RestartablePostgres.started();

    @LocalServerPort
    int port;

    @Autowired
    ConsistencyCheck consistency;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", POSTGRES::jdbcUrl);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "");
        properties.add("fa.sample-data", () -> "false");
        properties.add("fa.admin-password", () -> ADMIN_PASSWORD);
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    @AfterAll
    static void removeDatabase() {
        POSTGRES.close();
    }

    @Test
    void aDatabaseRestartUnderConcurrentWritersLosesNoAcknowledgedWriteAndAnswersOnly2xxOr503() throws Exception {
        Api api = Api.at(port);
        List<UUID> cases = openCases(api);
        Writers writers = Writers.start(WRITERS, cases, api, signIns());
        assertThat(Writers.await(() -> writers.acknowledged().size() >= 30, 120)).as("writes before").isTrue();

        long stoppedAt = System.nanoTime();
        POSTGRES.stop();
        List<Integer> readinessWhileAway = pollReadiness(api, stoppedAt + OUTAGE_SECONDS * 1_000_000_000L);
        int acknowledgedBefore = writers.acknowledged().size();
        long restartedAt = System.nanoTime();
        POSTGRES.start();
        System.out.printf("PostgreSQL started again in %.1f s%n", (System.nanoTime() - restartedAt) / 1e9);

        boolean writesResumed = Writers.await(() -> writers.firstAcknowledgedAfter(restartedAt).isPresent(), 120);
        Thread.sleep(5_000);
        writers.stop();
        long stoppedWriting = System.nanoTime();
        boolean readyAgain = Writers.await(() -> api.get("/actuator/health/readiness").status() == 200, 120);
        System.out.printf("readiness UP again %.1f s after the restart began (writers stopped after %.1f s)%n",
                (System.nanoTime() - restartedAt) / 1e9, (stoppedWriting - restartedAt) / 1e9);

        List<Writers.Acknowledged> acknowledged = writers.acknowledged();
        Set<UUID> missing = missingFromHistories(api, acknowledged);
        ConsistencyReport report = converged();
        printFigures(writers, acknowledged, acknowledgedBefore, missing, restartedAt, readinessWhileAway, report);

        assertThat(writers.improper()).as("answers other than 2xx or 503 DATABASE_UNAVAILABLE").isEmpty();
        assertThat(writers.count(401)).as("401s").isZero();
        assertThat(writers.serverErrorsOtherThan503()).as("5xx other than 503").isZero();
        assertThat(writers.count(503)).as("503s while the database was away").isPositive();
        assertThat(readinessWhileAway).as("readiness while away").contains(503).doesNotContain(200);
        assertThat(writesResumed).as("writes acknowledged again after the restart").isTrue();
        assertThat(readyAgain).as("readiness UP again by itself").isTrue();
        assertThat(missing).as("acknowledged notes missing from their histories (%s)", POSTGRES.whereAre(missing)).isEmpty();
        assertThat(report.differences()).as("read-model differences: %s", report.examples()).isZero();
        assertThat(POSTGRES.failedSignIns()).as("sign-ins counted as failed").isZero();
    }

    private List<UUID> openCases(Api api) {
        Api admin = api.as("admin", ADMIN_PASSWORD);
        admin.post("/api/admin/users", Map.of("username", "restart-caseworker", "password", PASSWORD,
                "roles", List.of("CASEWORKER"))).expectStatus(201);
        Api caseworker = api.as("restart-caseworker", PASSWORD);
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            JsonNode opened = caseworker.post("/api/cases", Requests.caseOpening("RA" + (31_000_000 + i)))
                    .expectStatus(201).json();
            cases.add(UUID.fromString(opened.get("caseId").asText()));
        }
        return cases;
    }

    private static List<String[]> signIns() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("restart-caseworker:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer " + TestTokens.token("restart.sso", List.of("caseworker"));
        return List.of(new String[]{"Authorization", basic}, new String[]{"Authorization", bearer});
    }

    /** Readiness asked again and again until {@code untilNanos}: its statuses, in order. */
    private static List<Integer> pollReadiness(Api api, long untilNanos) throws InterruptedException {
        List<Integer> statuses = new ArrayList<>();
        while (System.nanoTime() < untilNanos) {
            statuses.add(api.get("/actuator/health/readiness").status());
            Thread.sleep(500);
        }
        return statuses;
    }

    /** The acknowledged entries not (yet) in their case's history, after waiting up to two minutes. */
    private Set<UUID> missingFromHistories(Api api, List<Writers.Acknowledged> acknowledged) throws Exception {
        Api caseworker = api.as("restart-caseworker", PASSWORD);
        Set<UUID> missing = new HashSet<>();
        Writers.await(() -> {
            Set<UUID> seen = new HashSet<>();
            for (UUID caseId : acknowledged.stream().map(Writers.Acknowledged::caseId).distinct().toList()) {
                caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).json().path("entries")
                        .forEach(entry -> seen.add(UUID.fromString(entry.path("entryId").asText())));
            }
            missing.clear();
            acknowledged.stream().map(Writers.Acknowledged::entryId).filter(id -> !seen.contains(id))
                    .forEach(missing::add);
            return missing.isEmpty();
        }, 120);
        return missing;
    }

    /** The consistency check once every model caught up (or its last verdict after two minutes). */
    private ConsistencyReport converged() throws InterruptedException {
        ConsistencyReport[] last = new ConsistencyReport[1];
        Writers.await(() -> {
            last[0] = consistency.run();
            return last[0].differences() == 0 && last[0].models().stream().allMatch(ConsistencyReport.Model::caughtUp);
        }, 120);
        return last[0];
    }

    private static void printFigures(Writers writers, List<Writers.Acknowledged> acknowledged, int before,
                                     Set<UUID> missing, long restartedAt, List<Integer> readiness,
                                     ConsistencyReport report) {
        String recovery = writers.firstAcknowledgedAfter(restartedAt)
                .stream().mapToObj(at -> String.format("%.1f s", (at - restartedAt) / 1e9)).findFirst().orElse("never");
        System.out.printf("%n=== Database restart under %d writers (%d s outage) ===%n", WRITERS, OUTAGE_SECONDS);
        System.out.printf("acknowledged: %d (%d before the stop), lost: %d%n", acknowledged.size(), before,
                missing.size());
        System.out.printf("answers by status: %s%n", writers.statuses().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        System.out.printf("5xx other than 503: %d, 401: %d, improper: %s%n", writers.serverErrorsOtherThan503(),
                writers.count(401), writers.improper());
        System.out.printf("readiness while away: %s%n", readiness);
        System.out.printf("recovery (first 2xx after the restart began, PostgreSQL's own start included): %s%n",
                recovery);
        System.out.printf("consistency check: %d events, %d differences%n", report.eventsCounted(),
                report.differences());
        System.out.printf("missing entries: %s%n%n", POSTGRES.whereAre(missing));
    }
}
