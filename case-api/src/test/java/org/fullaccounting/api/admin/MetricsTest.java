package org.fullaccounting.api.admin;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.PrometheusScrape;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/prometheus: the application's own metrics (appends, command latency, read models'
 * position, lag, parked events and replay progress, failed sign-ins) beside the JVM's and the
 * connection pool's, moving with what happens; readable by ADMIN and METRICS only.
 */
class MetricsTest extends ApiTest {

    private static final String PATH = "/actuator/prometheus";

    @Test
    void theScrapeNamesEveryMetricAndTheyMoveWithAWrite() {
        PrometheusScrape before = scrape(admin);

        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "counted")).expectStatus(201);
        Api.at(port).as("metrics-" + UUID.randomUUID(), "not-the-password").get("/api/cases").expectStatus(401);

        PrometheusScrape after = scrape(admin);
        for (String metric : List.of("fa_events_appended_total", "fa_commands_seconds_count",
                "fa_readmodel_position", "fa_readmodel_lag", "fa_readmodel_parked_events",
                "fa_readmodel_replay_progress", "fa_signins_failed_total", "fa_events_head",
                "jvm_memory_used_bytes", "hikaricp_connections_active")) {
            assertThat(after.has(metric)).as("%s in the scrape", metric).isTrue();
        }
        // HTTP requests are timed once each; Spring Security's own observations are off (application.yml).
        assertThat(after.has("http_server_requests_seconds_count")).isTrue();
        assertThat(after.has("spring_security_filterchains_seconds_count")).isFalse();
        // Exactly: the opening and the note, one sign-in failure (the test sends nothing else meanwhile).
        assertThat(after.sum("fa_events_appended_total", "kind=\"NoteAddedEvent\""))
                .isEqualTo(before.sum("fa_events_appended_total", "kind=\"NoteAddedEvent\"") + 1);
        assertThat(after.sum("fa_events_appended_total", ""))
                .isEqualTo(before.sum("fa_events_appended_total", "") + 2);
        assertThat(after.sum("fa_commands_seconds_count", "outcome=\"success\""))
                .isEqualTo(before.sum("fa_commands_seconds_count", "outcome=\"success\"") + 2);
        assertThat(after.sum("fa_commands_seconds_sum", "command=\"AddNoteCommand\""))
                .isGreaterThan(before.sum("fa_commands_seconds_sum", "command=\"AddNoteCommand\""));
        assertThat(after.sum("fa_signins_failed_total", "reason=\"bad_credentials\""))
                .isEqualTo(before.sum("fa_signins_failed_total", "reason=\"bad_credentials\"") + 1);
        double head = Eventually.until("the head to move past the note", () -> scrape(admin).sum("fa_events_head", ""),
                moved -> moved > before.sum("fa_events_head", ""));
        Eventually.until("the board's position to reach the head", () -> scrape(admin)
                .sum("fa_readmodel_position", "model=\"board\""), position -> position >= head);
    }

    @Test
    void onlyAdminsAndTheMetricsRoleMayScrape() {
        anonymous.get(PATH).expectProblem(401, "UNAUTHENTICATED");
        caseworker.get(PATH).expectProblem(403, "FORBIDDEN");
        family.get(PATH).expectProblem(403, "FORBIDDEN");
        auditor.get(PATH).expectProblem(403, "FORBIDDEN");
        admin.get(PATH).expectStatus(200);
        metricsAccount().get(PATH).expectStatus(200);
    }

    @Test
    void theMetricsRoleSeesNothingElse() {
        UUID caseId = openCase();
        Api metrics = metricsAccount();
        assertThat(metrics.get("/api/cases/" + caseId).status()).isIn(403, 404);
        metrics.get("/api/admin/users").expectProblem(403, "FORBIDDEN");
        assertThat(metrics.get("/api/audit/events").status()).isEqualTo(403);
    }

    private Api metricsAccount() {
        int status = admin.post("/api/admin/users", Map.of("username", "test-scraper",
                "password", "a-long-scraper-password", "roles", List.of("METRICS"))).status();
        assertThat(status).isIn(201, 409);
        return Api.at(port).as("test-scraper", "a-long-scraper-password");
    }

    private static PrometheusScrape scrape(Api who) {
        Api.Response response = who.get(PATH).expectStatus(200);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        return new PrometheusScrape(response.body());
    }
}
