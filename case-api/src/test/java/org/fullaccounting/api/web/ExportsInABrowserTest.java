package org.fullaccounting.api.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' downloads, in Chromium: the case pages' "Download the case file (PDF)" buttons and the
 * auditor's archive link, visible, and what they link to is what they say for the signed-in reader
 * (fetched by the page itself, with its session cookie).
 */
class ExportsInABrowserTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    @Test
    void aFamilyMemberDownloadsTheirCaseFileFromTheCasePage() {
        UUID caseId = openCase();
        admin.post("/api/admin/users", Map.of("username", "pdf-family", "password", PASSWORD,
                "roles", List.of("FAMILY")));
        admin.post("/api/admin/family-links", Map.of("username", "pdf-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);

        signIn("pdf-family", PASSWORD);
        browser.get(url("/family/cases/" + caseId));
        WebElement button = browser.findElement(By.id("case-file-pdf"));

        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getText()).isEqualTo("Download the case file (PDF)");
        assertThat(fetched(button.getAttribute("href"))).isEqualTo("200 application/pdf %PDF-");
        screenshot("family-case-with-pdf-button");
    }

    @Test
    void aCaseworkerDownloadsTheCaseFileFromTheCasePage() {
        UUID caseId = openCase();

        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId));
        WebElement button = browser.findElement(By.id("case-file-pdf"));

        assertThat(button.isDisplayed()).isTrue();
        assertThat(fetched(button.getAttribute("href"))).isEqualTo("200 application/pdf %PDF-");
    }

    @Test
    void anAuditorDownloadsTheArchiveFromTheEventStreamPage() {
        openCase();

        signIn("test-auditor", PASSWORD);
        browser.get(url("/audit/events"));
        WebElement link = browser.findElement(By.id("archive-download"));

        assertThat(link.isDisplayed()).isTrue();
        Object lastLine = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status + ' '"
                + " + r.headers.get('Content-Type') + ' ' + t.trim().split('\\n').pop().substring(0, 40))))"
                + ".catch(e => done('failed: ' + e));", link.getAttribute("href"));
        assertThat(String.valueOf(lastLine)).startsWith("200 application/x-ndjson {\"manifest\":{\"format\":");
        screenshot("audit-events-with-archive-link");
    }

    /** Status, media type and the first five bytes of what the link gives this browser session. */
    private static String fetched(String href) {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done(r.status"
                + " + ' ' + r.headers.get('Content-Type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))"
                + ".catch(e => done('failed: ' + e));", href);
        return String.valueOf(answer);
    }
}
