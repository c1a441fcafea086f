package org.fullaccounting.api.config;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.FormSession;
import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page on another site can make a signed-in browser send requests carrying its cached Basic
 * credentials (or session cookie). The API refuses writes that a browser marks as coming from
 * elsewhere, and bodies only a plain HTML form (or a preflight-free fetch) can send.
 */
class CrossOriginWritesTest extends ApiTest {

    private static final String EVIL = "http://evil.example";

    @Test
    void aWriteWithAnotherSitesOriginIs403AndRecordsNothing() {
        String serviceNumber = uniqueServiceNumber();

        caseworker.post("/api/cases", Requests.caseOpening(serviceNumber), "Origin", EVIL)
                .expectProblem(403, "CROSS_ORIGIN_REFUSED");

        assertThat(casesWith(serviceNumber)).isZero();
    }

    @Test
    void aWriteTheBrowserMarksCrossSiteOrSameSiteIs403AndRecordsNothing() {
        UUID caseId = openCase();

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "planted"), "Sec-Fetch-Site", "cross-site")
                .expectProblem(403, "CROSS_ORIGIN_REFUSED");
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "planted"), "Sec-Fetch-Site", "same-site")
                .expectProblem(403, "CROSS_ORIGIN_REFUSED");
        caseworker.delete("/api/admin/family-links/x/" + caseId + "?reason=r", "Origin", "null")
                .expectProblem(403, "CROSS_ORIGIN_REFUSED");

        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aBodylessFormReplayFromAnotherOriginNeverReachesTheReplay() {
        // An unknown read model would answer 404 from the handler: 403 shows the request stopped before it.
        admin.postRaw("/api/admin/projections/nonsense/replay", "", "Origin", EVIL,
                "Content-Type", "application/x-www-form-urlencoded").expectProblem(403, "CROSS_ORIGIN_REFUSED");
        admin.postRaw("/api/admin/projections/board/replay", "", "Origin", EVIL,
                "Content-Type", "application/x-www-form-urlencoded").expectProblem(403, "CROSS_ORIGIN_REFUSED");
    }

    @Test
    void aWriteWithAFormOrPlainTextBodyIs415AndRecordsNothing() {
        String serviceNumber = uniqueServiceNumber();
        String json = "{\"serviceNumber\": \"" + serviceNumber + "\"}";

        for (String simple : new String[]{"application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "text/plain;charset=UTF-8", "Text/Plain"}) {
            caseworker.postRaw("/api/cases", json, "Content-Type", simple).expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
        }
        admin.postRaw("/api/admin/projections/nonsense/replay", "", "Content-Type", "text/plain")
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");

        assertThat(casesWith(serviceNumber)).isZero();
    }

    @Test
    void sameOriginAndCurlStyleWritesStillWork() {
        String own = "http://localhost:" + port;

        caseworker.post("/api/cases", Requests.caseOpening(uniqueServiceNumber()), "Origin", own,
                "Sec-Fetch-Site", "same-origin").expectStatus(201);
        caseworker.post("/api/cases", Requests.caseOpening(uniqueServiceNumber()), "Sec-Fetch-Site", "none")
                .expectStatus(201);
        // curl -X POST .../replay: no Origin, no body, no Content-Type; reaches the handler (404 for this name).
        admin.postRaw("/api/admin/projections/nonsense/replay", "").expectProblem(404, "UNKNOWN_PROJECTION");
        // Reads are not state changes: a cross-site GET is answered (the browser keeps it from the other site).
        caseworker.get("/api/board", "Origin", EVIL, "Sec-Fetch-Site", "cross-site").expectStatus(200);
    }

    @Test
    void thePagesRefuseAFormPostedFromAnotherSiteIntoASignedInSession() {
        UUID caseId = openCase();
        FormSession browser = new FormSession(port);
        assertThat(browser.signIn("test-caseworker", "a-long-test-password").statusCode()).isEqualTo(302);

        HttpResponse<String> forged = browser.postForm("/cases/" + caseId + "/note", Map.of("text", "planted"), null,
                "Origin", EVIL, "Sec-Fetch-Site", "cross-site");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(eventCount(caseId)).isEqualTo(1);
        assertThat(browser.get("/cases/" + caseId).statusCode()).as("still signed in").isEqualTo(200);
    }

    private int casesWith(String serviceNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Integer.class, "%" + serviceNumber + "%");
    }
}
