package org.fullaccounting.api;

import org.fullaccounting.api.web.WebSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages and the API are two entrances to the same use cases: the same access policy decides,
 * every read of a case's content leaves exactly one access-log entry whichever entrance served
 * it, a write is checked as a write (not logged as a read), and a form is bound and checked as
 * the API's request is.
 */
class OneEntranceAsAnotherTest extends ApiTest {

    @Test
    void everyEntranceLogsOneReadOfTheFamilysCase() {
        UUID caseId = openCase();
        admin.post("/api/admin/family-links", Map.of("username", TestAccounts.FAMILY, "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        WebSession page = WebSession.signedIn(port, TestAccounts.FAMILY, TestAccounts.PASSWORD);

        assertThat(readsAfter(caseId, TestAccounts.FAMILY, () -> family.get("/api/my/cases").expectStatus(200)))
                .isEqualTo(1);
        assertThat(readsAfter(caseId, TestAccounts.FAMILY, () -> page.get("/family"))).isEqualTo(1);
        assertThat(readsAfter(caseId, TestAccounts.FAMILY, () -> page.get("/family/cases/" + caseId))).isEqualTo(1);
        assertThat(readsAfter(caseId, TestAccounts.FAMILY, () -> family.get("/api/cases/" + caseId)
                .expectStatus(200))).isEqualTo(1);
    }

    @Test
    void aCaseworkersPageViewIsOneReadAndAFormSentFromItIsAWriteNotARead() {
        UUID caseId = openCase();
        WebSession page = WebSession.signedIn(port, TestAccounts.CASEWORKER, TestAccounts.PASSWORD);

        assertThat(readsAfter(caseId, TestAccounts.CASEWORKER, () -> page.get("/cases/" + caseId))).isEqualTo(1);
        int[] status = new int[1];
        // The CSRF token comes from a page without case content, so only the post itself is measured.
        long reads = readsAfter(caseId, TestAccounts.CASEWORKER, () -> status[0] = page.postForm("/cases/new",
                "/cases/" + caseId + "/note", Map.of("text", "A note from the page", "version", "1")).statusCode());

        assertThat(status[0]).isEqualTo(302);
        assertThat(reads).isZero();
        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    @Test
    void aFormWithAnUnknownChoiceIsRefusedBesideTheFieldAndWritesNothing() {
        UUID caseId = openCase();
        WebSession page = WebSession.signedIn(port, TestAccounts.CASEWORKER, TestAccounts.PASSWORD);

        HttpResponse<String> refused = page.postForm("/cases/" + caseId, "/cases/" + caseId + "/sighting",
                Map.of("observedOn", "1979", "reportedOn", "1982", "sourceKind", "RUMOUR", "description", "Seen",
                        "source", "Debrief report 7", "version", "1"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The sighting was not saved", "choose one of the listed options",
                "Debrief report 7");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    /** How many reads of the case the access log gained for this user while {@code action} ran. */
    private long readsAfter(UUID caseId, String username, Runnable action) {
        long before = reads(caseId, username);
        action.run();
        return reads(caseId, username) - before;
    }

    private long reads(UUID caseId, String username) {
        return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE case_id = ? AND username = ? "
                + "AND action = 'READ_CASE'", Long.class, caseId, username);
    }
}
