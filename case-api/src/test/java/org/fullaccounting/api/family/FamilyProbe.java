package org.fullaccounting.api.family;

import org.fullaccounting.api.web.WebSession;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a case the way a family can: every API answer and page open to a linked family account,
 * as raw bodies, so a test can look for what must never be in them. Uses an account of its own, so
 * no other test's links change what it reads.
 */
abstract class FamilyProbe extends ApiTest {

    static final String PROBE = "probe-family";
    static final String PASSWORD = "a-long-probe-password";

    protected Api probe;

    @BeforeEach
    void probeAccount() {
        int created = admin.post("/api/admin/users", Map.of("username", PROBE, "password", PASSWORD,
                "roles", List.of("FAMILY"))).status();
        assertThat(created).isIn(201, 409);
        probe = Api.at(port).as(PROBE, PASSWORD);
    }

    void linkProbe(UUID caseId) {
        admin.post("/api/admin/family-links", Map.of("username", PROBE, "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
    }

    /** Waits until the history read model has every event of the case (the family reads from it). */
    void awaitHistory(UUID caseId) {
        long version = caseworker.get("/api/cases/" + caseId).json().get("version").asLong();
        for (int attempt = 0; attempt < 30; attempt++) {
            if (caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).status() == 200) {
                return;
            }
        }
        throw new AssertionError("the history of " + caseId + " never reached version " + version);
    }

    /** Every answer a family gets about the case (bodies and ETags), by a name saying where it came from. */
    Map<String, String> familyReads(UUID caseId, List<Instant> asOfs) {
        String path = "/api/cases/" + caseId;
        Map<String, String> reads = new LinkedHashMap<>();
        Api.Response current = probe.get(path).expectStatus(200);
        reads.put("case", current.body());
        reads.put("ETag of case", String.valueOf(current.header("ETag")));
        reads.put("history", probe.get(path + "/history").expectStatus(200).body());
        Api.Response waited = probe.get(path + "/history?minVersion=999999");
        reads.put("history?minVersion", waited.status() + " " + waited.body());
        reads.put("my cases", probe.get("/api/my/cases").expectStatus(200).body());
        for (Instant asOf : asOfs) {
            Api.Response pastCase = probe.get(path + "?asOf=" + asOf).expectStatus(200);
            reads.put("case?asOf=" + asOf, pastCase.body());
            reads.put("ETag of case?asOf=" + asOf, String.valueOf(pastCase.header("ETag")));
            reads.put("history?asOf=" + asOf, probe.get(path + "/history?asOf=" + asOf).expectStatus(200).body());
        }
        WebSession page = WebSession.signedIn(port, PROBE, PASSWORD);
        reads.put("page", html(page, "/family/cases/" + caseId));
        reads.put("page of cases", html(page, "/family"));
        return reads;
    }

    private static String html(WebSession session, String path) {
        java.net.http.HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).as("status of the page %s", path).isEqualTo(200);
        return withoutCsrfTokens(page.body());
    }

    /** A session's CSRF token is masked anew on every page, so it is not part of what is compared. */
    static String withoutCsrfTokens(String html) {
        return html.replaceAll("name=\"_csrf\"([^>]*)value=\"[^\"]*\"", "name=\"_csrf\"$1value=\"\"");
    }
}
