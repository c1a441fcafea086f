package org.fullaccounting.api.web;

import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5's acceptance, in a real browser: each role signs in through the form and does its work. */
class PagesInABrowserTest extends BrowserTest {

    static final String PASSWORD = "a-long-test-password";

    @Test
    void aCaseworkerLogsASightingAndAReclassificationAndSeesThemOnTheTimeline() {
        UUID caseId = openCase();
        signIn("test-caseworker", PASSWORD);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));

        browser.get(url("/cases/" + caseId));
        assertThat(field("current-status").getText()).isEqualTo("Missing in action");
        field("sighting").findElement(By.tagName("summary")).click();
        type("sighting-observedOn", "1979");
        type("sighting-reportedOn", "1982");
        type("sighting-place", "collective farm near Pyongyang");
        choose("sighting-sourceKind", "FOREIGN_NATIONAL");
        type("sighting-witness", "Romanian engineer");
        type("sighting-description", "Americans working on a collective farm");
        type("sighting-source", "Debrief report 82-114");
        screenshot("case-sighting-form");
        submit(field("sighting").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Sighting recorded.");

        field("reclassification").findElement(By.tagName("summary")).click();
        choose("reclassification-to", "PRISONER_OF_WAR");
        type("reclassification-effectiveOn", "1983");
        type("reclassification-authority", "U.S. federal court order");
        type("reclassification-source", "Court order");
        submit(field("reclassification").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Status reclassified.");

        assertThat(field("current-status").getText()).isEqualTo("Prisoner of war");
        List<String> timeline = browser.findElements(By.cssSelector("#timeline > li.entry .when")).stream()
                .map(WebElement::getText).toList();
        assertThat(timeline).containsSubsequence("1979", "1983");
        String history = field("timeline").getText();
        assertThat(history).contains("collective farm near Pyongyang", "Debrief report 82-114", "Court order");
        WebElement reclassified = browser.findElement(By.cssSelector("#timeline li[data-kind=RECLASSIFICATION]"));
        reclassified.findElement(By.cssSelector("details.recorded summary")).click();
        assertThat(reclassified.findElement(By.cssSelector("details.recorded")).getText())
                .contains("by test-caseworker");
        screenshot("case-timeline");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("case-timeline-phone");
    }

    @Test
    void aRejectedFormComesBackWithItsValuesAndTheErrorBesideTheField() {
        UUID caseId = openCase();
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId));
        field("reclassification").findElement(By.tagName("summary")).click();
        choose("reclassification-to", "MISSING_PRESUMED_DEAD");
        type("reclassification-effectiveOn", "1954-13");
        type("reclassification-authority", "Secretary of the Army finding");
        submit(field("reclassification").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("not saved");
        assertThat(field("reclassification-effectiveOn-error").isDisplayed()).isTrue();
        assertThat(field("reclassification-source-error").isDisplayed()).isTrue();
        assertThat(field("reclassification-effectiveOn").getAttribute("value")).isEqualTo("1954-13");
        assertThat(field("reclassification-authority").getAttribute("value"))
                .isEqualTo("Secretary of the Army finding");
        assertThat(field("reclassification-to").getAttribute("value")).isEqualTo("MISSING_PRESUMED_DEAD");
        assertThat(field("current-status").getText()).isEqualTo("Missing in action");
        screenshot("case-form-rejected");
    }

    @Test
    void aStalePageIsToldSoInsteadOfOverwriting() {
        UUID caseId = openCase();
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId));
        int before = eventCount(caseId);
        // Someone else writes while this page is open.
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "written elsewhere")).expectStatus(201);

        field("note").findElement(By.tagName("summary")).click();
        type("note-text", "my note from an old page");
        submit(field("note").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText())
                .contains("Someone else recorded something on this case", "NOT saved");
        assertThat(field("note-text").getAttribute("value")).isEqualTo("my note from an old page");
        assertThat(eventCount(caseId)).isEqualTo(before + 1);
        screenshot("case-stale-page");
    }

    @Test
    void anAuditorMovesTheAsOfPickerAndSeesTheEarlierState() throws InterruptedException {
        UUID caseId = openCase();
        // The picker has whole seconds: pick the first whole second after the opening, then write later.
        Instant between = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(Math.max(0, between.toEpochMilli() - System.currentTimeMillis()) + 1100);
        caseworker.post("/api/cases/" + caseId + "/reclassifications",
                Requests.reclassification("PRISONER_OF_WAR", "1983")).expectStatus(201);

        signIn("test-auditor", PASSWORD);
        browser.get(url("/audit/cases/" + caseId));
        assertThat(field("as-of-status").getText()).isEqualTo("Prisoner of war");
        assertThat(field("chain-result").getText()).startsWith("Valid");

        WebElement picker = field("asOf");
        assertThat(picker.getAttribute("type")).isEqualTo("datetime-local");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", picker,
                LocalDateTime.ofInstant(between, ZoneOffset.UTC).toString() + (between.getEpochSecond() % 60 == 0 ? ":00" : ""));
        submit(field("show-as-of"));

        assertThat(field("as-of-status").getText()).isEqualTo("Missing in action");
        assertThat(field("as-of-version").getText()).isEqualTo("1");
        assertThat(field("timeline").getText()).doesNotContain("Prisoner of war");
        screenshot("audit-case-as-of");

        browser.get(url("/audit/events?caseId=" + caseId));
        assertThat(browser.findElements(By.cssSelector("#events tbody tr"))).hasSize(2);
        assertThat(field("events").getText()).contains("test-caseworker");
        screenshot("audit-events");
        browser.get(url("/audit/access-log?caseId=" + caseId));
        assertThat(field("access-log").getText()).contains("test-auditor", "READ_CASE");
        screenshot("audit-access-log");
    }

    @Test
    void theBoardChartRendersABarPerStatusWithTheCounts() {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/reclassifications",
                Requests.reclassification("PRISONER_OF_WAR", "1983")).expectStatus(201);
        signIn("test-auditor", PASSWORD);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
        // The board read model catches up asynchronously.
        long deadline = System.currentTimeMillis() + 10_000;
        while (bar("PRISONER_OF_WAR").getAttribute("data-count").equals("0")
                && System.currentTimeMillis() < deadline) {
            browser.navigate().refresh();
        }
        List<WebElement> bars = browser.findElements(By.cssSelector("#status-chart g.bar"));
        assertThat(bars).hasSize(8);
        WebElement pow = bar("PRISONER_OF_WAR");
        assertThat(Long.parseLong(pow.getAttribute("data-count"))).isPositive();
        assertThat(pow.findElement(By.tagName("rect")).getRect().getWidth()).isPositive();
        assertThat(pow.getText()).contains("Prisoner of war");
        assertThat(field("cases").getText()).contains("Dumas");
        screenshot("board");
    }

    @Test
    void aFamilyMemberSeesNoCaseThatIsNotLinkedToThem() {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "internal: source Bluebird"))
                .expectStatus(201);
        // An account of its own: other tests link test-family to their cases.
        admin.post("/api/admin/users", Map.of("username", "unlinked-family", "password", PASSWORD,
                "roles", List.of("FAMILY")));
        signIn("unlinked-family", PASSWORD);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/family"));
        assertThat(field("no-linked-case").getText()).contains("No case is linked");
        screenshot("family-cases");

        browser.get(url("/family/cases/" + caseId));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain("Bluebird").doesNotContain("Dumas");
        browser.get(url("/cases/" + caseId));
        assertThat(browser.getPageSource()).doesNotContain("Bluebird").doesNotContain("Dumas");
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/family"));
        screenshot("family-case-not-linked");
    }

    @Test
    void aFamilyMemberSeesTheirLinkedCaseInPlainLanguageWithoutRestrictedFields() {
        UUID caseId = openCase();
        String path = "/api/cases/" + caseId;
        caseworker.post(path + "/notes", Map.of("text", "internal: source Bluebird")).expectStatus(201);
        caseworker.post(path + "/sightings", Requests.with(Requests.sighting(), "witness", "Agent Kestrel")).expectStatus(201);
        admin.post("/api/admin/users", Map.of("username", "linked-family", "password", PASSWORD,
                "roles", List.of("FAMILY")));
        admin.post("/api/admin/family-links", Map.of("username", "linked-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        long version = caseworker.get(path).json().get("version").asLong();
        caseworker.get(path + "/history?minVersion=" + version).expectStatus(200);

        signIn("linked-family", PASSWORD);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/family"));
        browser.findElement(By.cssSelector("#family-cases a")).click();

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/family/cases/" + caseId));
        assertThat(browser.getPageSource()).contains("Dumas").contains("seen at collective farm near Pyongyang")
                .doesNotContain("Bluebird").doesNotContain("Kestrel");
        screenshot("family-linked-case");
    }

    @Test
    void aWrongPasswordOnTheFormSaysSoClearly() {
        signIn("test-caseworker", "not-the-password");
        assertThat(field("login-error").getText()).contains("username or password is not right");
        screenshot("login-failed");
    }

    @Test
    void anAdminLandsOnAccountsAndReadModelsWithLiveProgressBars() {
        signIn("admin", ADMIN_PASSWORD);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin"));
        assertThat(field("accounts").getText()).contains("test-family");
        List<WebElement> bars = browser.findElements(By.cssSelector(".projection progress"));
        assertThat(bars).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".projection .state")).getText()).containsPattern("\\d+ of \\d+");
        screenshot("admin");
    }

    private static WebElement bar(String status) {
        return browser.findElement(By.cssSelector("#status-chart g.bar[data-status=" + status + "]"));
    }
}
