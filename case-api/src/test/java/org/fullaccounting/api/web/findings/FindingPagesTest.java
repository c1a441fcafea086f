package org.fullaccounting.api.web.findings;

import org.fullaccounting.api.Requests;
import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings' pages in a real browser: apply a finding of death to cases by id and service number; a refused case. */
class FindingPagesTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    private UUID openMissing(String serviceNumber) {
        return UUID.fromString(caseworker.post("/api/cases", Requests.with(Requests.caseOpening(serviceNumber),
                "status", "MISSING_IN_ACTION")).expectStatus(201).json().get("caseId").asText());
    }

    @Test
    void aCaseworkerAppliesAFindingOfDeathToCasesByIdAndServiceNumber() {
        UUID byId = openMissing(uniqueServiceNumber());
        String serviceNumber = uniqueServiceNumber();
        UUID byNumber = openMissing(serviceNumber);
        String title = "Findings of death under the Missing Persons Act " + UUID.randomUUID();
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/findings"));
        type("finding-title", title);
        type("finding-by", "Department of the Army");
        type("finding-date", "1954-02-26");
        type("finding-source", "The Day, 24 Jun 2018");
        choose("finding-to", "MISSING_PRESUMED_DEAD");
        type("finding-cases", byId + "\n" + serviceNumber);
        submit(field("new-finding").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Finding applied to 2 cases.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(field("finding").getText()).contains("Department of the Army").contains("MISSING_PRESUMED_DEAD");
        assertThat(field("finding-cases").getText()).contains(serviceNumber).contains("MISSING_IN_ACTION");
        assertThat(caseworker.get("/api/cases/" + byNumber).json().get("status").asText())
                .isEqualTo("MISSING_PRESUMED_DEAD");
        screenshot("finding-page");

        browser.get(url("/findings"));
        assertThat(field("findings").getText()).contains(title);
    }

    @Test
    void aCaseThatCannotTakeTheFindingIsNamedAndNoCaseRecordsIt() {
        UUID fresh = openMissing(uniqueServiceNumber());
        UUID presumedDead = UUID.fromString(caseworker.post("/api/cases", Requests.with(
                Requests.caseOpening(uniqueServiceNumber()), "status", "MISSING_PRESUMED_DEAD")).expectStatus(201)
                .json().get("caseId").asText());
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/findings"));
        type("finding-title", "Findings of death");
        type("finding-by", "Department of the Army");
        type("finding-source", "Army findings");
        choose("finding-to", "MISSING_PRESUMED_DEAD");
        type("finding-cases", fresh + "\n" + presumedDead);
        submit(field("new-finding").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("not applied");
        assertThat(field("finding-cases-error").getText()).contains(presumedDead.toString());
        assertThat(field("finding-title").getAttribute("value")).isEqualTo("Findings of death");
        assertThat(eventCount(fresh)).isEqualTo(1);
    }
}
