package org.fullaccounting.api.web.sources;

import org.fullaccounting.api.Requests;
import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker cites a registered source on a case entry, sees it linked in the history, and corrects the source. */
class CitationsInABrowserTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    @Test
    void aCitedSourceIsLinkedFromTheHistoryAndACorrectedTitleShowsThere() {
        UUID caseId = openCase();
        String title = "Camp 5 roster " + UUID.randomUUID();
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", Requests.source(title)).expectStatus(201)
                .json().get("sourceId").asText());
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/cases/" + caseId));
        field("note").findElement(By.tagName("summary")).click();
        type("note-text", "Listed among the prisoners of Camp 5.");
        choose("note-sourceId", sourceId.toString());
        type("note-locator", "p. 4, line 12");
        submit(field("note").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Note added.");
        WebElement cited = citedLine(sourceId);
        assertThat(cited.getText()).contains(title).contains("FRUS 1952-1954, vol. XV, doc. 30").contains("p. 4, line 12");
        screenshot("history-with-cited-source");

        cited.findElement(By.tagName("a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        type("correct-title", "Camp 5 roster (corrected)");
        type("correct-archiveReference", "RG 389, box 12");
        type("correct-reason", "the title as the archive lists it");
        submit(field("correct-source").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).startsWith("Source corrected.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Camp 5 roster (corrected)");
        assertThat(field("source-description").getText()).contains("RG 389, box 12");
        browser.get(url("/cases/" + caseId));
        assertThat(citedLine(sourceId).getText()).contains("Camp 5 roster (corrected)").contains("RG 389, box 12");
    }

    @Test
    void aPresumptiveFindingCitesARegisteredSourceInsteadOfAFreeTextOneAndTheHistoryShowsIt() {
        UUID caseId = openCase();
        String title = "Canterbury man still looking for answers " + UUID.randomUUID();
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", Requests.source(title)).expectStatus(201)
                .json().get("sourceId").asText());
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/cases/" + caseId));
        field("presumptive-finding").findElement(By.tagName("summary")).click();
        type("presumptive-finding-foundOn", "1954-02-26");
        type("presumptive-finding-presumedDeathOn", "1954-02-26");
        type("presumptive-finding-authority", "Department of the Army");
        choose("presumptive-finding-sourceId", sourceId.toString());
        type("presumptive-finding-locator", "para. 12");
        submit(field("presumptive-finding").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText())
                .isEqualTo("Presumptive finding of death recorded.");
        assertThat(citedLine(sourceId).getText()).contains(title).contains("para. 12");
        screenshot("presumptive-finding-with-cited-source");
    }

    @Test
    void aCorrectionWithoutAReasonComesBackWithTheErrorAndChangesNothing() {
        String title = "Letter " + UUID.randomUUID();
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", Requests.source(title)).expectStatus(201)
                .json().get("sourceId").asText());
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/sources/" + sourceId));
        type("correct-title", "Another title");
        submit(field("correct-source").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("not corrected");
        assertThat(field("correct-reason-error").isDisplayed()).isTrue();
        assertThat(field("correct-title").getAttribute("value")).isEqualTo("Another title");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    }

    @Test
    void aCaseOpenedFromTheNewCasePageCitesARegisteredSourceShownInItsHistory() {
        String title = "Returnee debrief " + UUID.randomUUID();
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", Requests.source(title)).expectStatus(201)
                .json().get("sourceId").asText());
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/cases/new"));
        fillNewCase();
        choose("case-sourceId", sourceId.toString());
        type("case-locator", "p. 2, para. 3");
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Case opened.");
        assertThat(citedLine(sourceId).getText()).contains(title).contains("FRUS 1952-1954, vol. XV, doc. 30")
                .contains("p. 2, para. 3");
        screenshot("new-case-with-cited-source");
    }

    @Test
    void aNewCaseCitingNoRegisteredSourceComesBackWithTheErrorBesideThePickerAndOpensNothing() {
        String serviceNumber = uniqueServiceNumber();
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/cases/new"));
        fillNewCase();
        type("case-serviceNumber", serviceNumber);
        // A source taken out of the list between rendering and sending: the picker offers an id the register lacks.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("var o = document.createElement('option');"
                + "o.value = arguments[0]; o.text = 'gone'; document.getElementById('case-sourceId').add(o);",
                UUID.randomUUID().toString());
        new org.openqa.selenium.support.ui.Select(field("case-sourceId")).selectByVisibleText("gone");
        type("case-locator", "p. 9");
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("was not opened")
                .contains("names no registered source");
        assertThat(field("case-sourceId-error").isDisplayed()).isTrue();
        assertThat(field("case-locator").getAttribute("value")).isEqualTo("p. 9");
        assertThat(field("case-serviceNumber").getAttribute("value")).isEqualTo(serviceNumber);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM service_number_claim WHERE service_number = ?", Integer.class,
                serviceNumber)).isZero();
    }

    /** Every field a case needs but its source. */
    private void fillNewCase() {
        type("case-serviceNumber", uniqueServiceNumber());
        type("case-family", "Dumas");
        type("case-given", "Roger");
        choose("case-branch", "ARMY");
        choose("case-status", "MISSING_IN_ACTION");
    }

    private WebElement citedLine(UUID sourceId) {
        return field("timeline").findElements(By.cssSelector("p.cited")).stream()
                .filter(p -> p.findElement(By.tagName("a")).getAttribute("href").endsWith("/sources/" + sourceId))
                .findFirst().orElseThrow(() -> new AssertionError("no citation of " + sourceId + " in the history"));
    }
}
