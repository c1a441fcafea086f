package org.fullaccounting.api.web.reports;

import org.fullaccounting.api.Requests;
import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sighting reports' pages in a real browser: file, correlate, assess, the queue, a rejected form, a family kept out. */
class ReportPagesTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    @Test
    void aCaseworkerFilesAReportCorrelatesTwoCasesAndResolvesOneFromTheQueue() {
        UUID dumas = openCase();
        UUID other = openCase();
        String place = "a camp in North Korea " + UUID.randomUUID();
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/"));
        browser.findElement(By.linkText("Sighting reports")).click();
        type("report-observedOn", "1996/1997");
        type("report-reportedOn", "2003");
        type("report-place", place);
        choose("report-sourceKind", "DEFECTOR");
        type("report-witness", "Lt. Col. Kim Yong");
        type("report-description", "Several American prisoners in a concentration camp");
        submit(field("new-report").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Sighting report filed.");
        assertThat(field("report-description").getText()).contains("1996/1997", place, "Lt. Col. Kim Yong");
        String reportUrl = browser.getCurrentUrl();

        for (UUID caseId : new UUID[]{dumas, other}) {
            type("correlate-caseId", caseId.toString());
            choose("correlate-assessment", "UNRESOLVED");
            type("correlate-reason", "held until at least 1953");
            submit(field("correlate").findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Correlated with the case.");
        }
        type("correlate-caseId", dumas.toString());
        choose("correlate-assessment", "CORRELATED");
        type("correlate-reason", "again");
        submit(field("correlate").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("correlate-caseId-error").getText()).contains("already correlated");
        assertThat(field("correlate-reason").getText()).isEqualTo("again");

        browser.findElement(By.linkText("Correlations still unresolved")).click();
        assertThat(field("queue").getText()).contains(place);
        assertThat(field("queue").findElements(By.xpath(".//a[contains(@href, '" + other + "')]"))).isNotEmpty();
        screenshot("correlation-queue");

        browser.get(reportUrl);
        choose("assess-caseId", other.toString());
        choose("assess-assessment", "NOT_CORRELATED");
        type("assess-reason", "died in Camp 5 in 1951");
        submit(field("assess").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Correlation assessed.");
        assertThat(field("correlations").findElement(By.cssSelector("li[data-case='" + other + "'] .assessment"))
                .getText()).isEqualTo("Not correlated");
        screenshot("sighting-report");
        browser.get(url("/sighting-reports/queue"));
        assertThat(foundNow(field("queue"), By.xpath(".//a[contains(@href, '" + other + "')]"))).isEmpty();
        assertThat(field("queue").findElements(By.xpath(".//a[contains(@href, '" + dumas + "')]"))).isNotEmpty();

        browser.get(url("/cases/" + dumas));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Several American prisoners");
    }

    @Test
    void aRejectedFormComesBackWithWhatWasTypedAndTheErrorBesideTheField() {
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/sighting-reports"));
        type("report-observedOn", "1982");
        type("report-reportedOn", "1979");
        choose("report-sourceKind", "FOREIGN_NATIONAL");
        type("report-description", "Reported before it was seen " + UUID.randomUUID());
        submit(field("new-report").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("not filed");
        assertThat(field("report-reportedOn-error").isDisplayed()).isTrue();
        assertThat(field("report-observedOn").getAttribute("value")).isEqualTo("1982");
    }

    @Test
    void aFamilyReadsTheReportOnlyInItsCasesWordsAndNeverReachesTheReports() {
        UUID own = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", own.toString(),
                "reason", "next of kin")).expectStatus(201);
        UUID reportId = UUID.fromString(caseworker.post("/api/sighting-reports",
                Requests.with(Requests.sightingReport(), "witness", "WITNESS-MARKER")).expectStatus(201).json()
                .get("reportId").asText());
        caseworker.post("/api/sighting-reports/" + reportId + "/correlations", Map.of("caseId", own,
                "assessment", "UNRESOLVED", "reason", "REASON-MARKER")).expectStatus(201);
        signIn("test-family", PASSWORD);

        browser.get(url("/family/cases/" + own));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("A report of unnamed American prisoners that may include Corporal Roger A. Dumas")
                .doesNotContain("WITNESS-MARKER").doesNotContain("REASON-MARKER");
        assertThat(foundNow(By.linkText("Sighting reports"))).isEmpty();

        browser.get(url("/sighting-reports/" + reportId));
        assertThat(browser.getPageSource()).doesNotContain("WITNESS-MARKER").doesNotContain("REASON-MARKER");
    }
}
