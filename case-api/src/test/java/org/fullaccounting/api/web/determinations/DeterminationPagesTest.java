package org.fullaccounting.api.web.determinations;

import org.fullaccounting.api.Requests;
import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The caseworker's determination forms and the auditor's asOf and validAt controls, in Chromium. */
class DeterminationPagesTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    @Test
    void aCaseworkerRecordsAFindingThenDesignatesAndReopensNonRecoverable() {
        UUID caseId = openCase();
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId));

        field("presumptive-finding").findElement(By.tagName("summary")).click();
        type("presumptive-finding-foundOn", "1954-02-26");
        type("presumptive-finding-presumedDeathOn", "1954-03");
        type("presumptive-finding-authority", "Department of the Army");
        type("presumptive-finding-source", "The Day, 24 Jun 2018");
        submit(field("presumptive-finding").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("presumptive-finding-presumedDeathOn-error").getText()).contains("cannot be after the finding");
        assertThat(field("current-status").getText()).isEqualTo("Missing in action");

        field("presumptive-finding-presumedDeathOn").clear();
        type("presumptive-finding-presumedDeathOn", "1954-02-26");
        submit(field("presumptive-finding").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("current-status").getText()).isEqualTo("Missing, presumed dead");
        assertThat(field("timeline").getText()).contains("Presumptive finding of death by Department of the Army");

        field("non-recoverable").findElement(By.tagName("summary")).click();
        type("non-recoverable-designatedOn", "1996");
        type("non-recoverable-reason", "the camp cemetery lies under the reservoir");
        type("non-recoverable-source", "analytic memorandum");
        submit(field("non-recoverable").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("non-recoverable-tag").getText()).isEqualTo("Non-recoverable");
        screenshot("case-non-recoverable");

        field("reopening").findElement(By.tagName("summary")).click();
        type("reopening-reopenedOn", "2018-07");
        type("reopening-reason", "the K55 boxes may hold remains from the camp");
        type("reopening-source", "DPAA notice");
        submit(field("reopening").findElement(By.cssSelector("button[type=submit]")));
        assertThat(foundNow(By.id("non-recoverable-tag"))).isEmpty();
        assertThat(field("timeline").getText()).contains("Non-recoverable designation reopened, as of 2018-07");

        setValue(field("validAt"), "2000-01-01");
        submit(field("show-valid-at"));
        assertThat(field("valid-at-status").getText()).contains("Missing, presumed dead", "Non-recoverable");
        assertThat(field("timeline").getText()).doesNotContain("reopened");
        screenshot("case-valid-at");
    }

    @Test
    void anAuditorAsksWhatTheRecordOfAnInstantSaidAboutADay() throws InterruptedException {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/presumptive-findings", Requests.presumptiveFinding())
                .expectStatus(201);
        // The picker has whole seconds: pick the first whole second after the finding, then write the court order.
        Instant between = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(Math.max(0, between.toEpochMilli() - System.currentTimeMillis()) + 1100);
        caseworker.post("/api/cases/" + caseId + "/reclassifications",
                Requests.reclassification("PRISONER_OF_WAR", "1983")).expectStatus(201);

        signIn("test-auditor", PASSWORD);
        browser.get(url("/audit/cases/" + caseId));
        assertThat(field("validAt").getAttribute("type")).isEqualTo("date");
        setValue(field("validAt"), "1970-01-01");
        submit(field("show-as-of"));
        assertThat(field("as-of-status").getText()).isEqualTo("Missing, presumed dead");
        assertThat(field("timeline").getText()).doesNotContain("Prisoner of war");

        setValue(field("validAt"), "1990-01-01");
        submit(field("show-as-of"));
        assertThat(field("as-of-status").getText()).isEqualTo("Prisoner of war");

        setValue(field("asOf"), LocalDateTime.ofInstant(between, ZoneOffset.UTC).toString()
                + (between.getEpochSecond() % 60 == 0 ? ":00" : ""));
        submit(field("show-as-of"));
        assertThat(field("as-of-status").getText()).isEqualTo("Missing, presumed dead");
        assertThat(field("state-title").getText()).contains("in force on 1990-01-01");
        screenshot("audit-case-as-of-valid-at");

        browser.get(url("/audit/cases/" + caseId + "?validAt=1990-13-01"));
        assertThat(field("valid-at-error").getText()).contains("Give a day");
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
