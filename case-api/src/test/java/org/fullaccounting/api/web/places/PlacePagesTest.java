package org.fullaccounting.api.web.places;

import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Incidents and camps in a real browser: record, link cases, find by alias, filter the board by them. */
class PlacePagesTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    private void press(String formId) {
        submit(field(formId).findElement(By.cssSelector("button[type=submit]")));
    }

    @Test
    void aCaseworkerRecordsACampWithAnAliasLinksACaseAndTheBoardFiltersByIt() {
        UUID held = openCase();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/camps"));
        type("camp-name", "Camp 5 " + marker);
        type("camp-location", "on the Yalu");
        type("camp-aliases", "Pyoktong " + marker);
        press("new-camp");
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Camp recorded.");
        String campId = browser.getCurrentUrl().replaceAll(".*/camps/", "");

        type("link-caseIds", held.toString());
        type("link-reason", "returnee debriefs");
        press("link-cases");
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Linked 1 case.");
        assertThat(field("camp-cases").getText()).contains("returnee debriefs");
        assertThat(field("on-the-board").getText()).isEqualTo("On the board: 1 case");

        browser.get(url("/camps?q=pyoktong+" + marker));
        assertThat(field("camps").getText()).contains("Camp 5 " + marker);

        browser.get(url("/"));
        new Select(field("campId")).selectByValue(campId);
        submit(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("#cases caption")).getText()).startsWith("1 matching cases");
        assertThat(field("cases").findElement(By.cssSelector("tbody a")).getAttribute("href")).endsWith("/cases/" + held);
        assertThat(new Select(field("campId")).getFirstSelectedOption().getText()).contains("Pyoktong " + marker)
                .contains("1 case");
        screenshot("board-by-camp");
    }

    @Test
    void aCaseworkerRecordsAnIncidentAndARejectedLinkKeepsWhatWasTyped() {
        UUID lost = openCase();
        String name = "Unsan " + UUID.randomUUID().toString().substring(0, 8);
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/incidents"));
        type("incident-name", name);
        type("incident-dates", "1950-11-01/1950-11-02");
        type("incident-units", "8th Cavalry Regiment");
        press("new-incident");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(field("incident-description").getText()).contains("1950-11-01/1950-11-02").contains("8th Cavalry");

        type("link-caseIds", "not-a-case");
        type("link-reason", "morning report");
        press("link-cases");
        assertThat(field("link-caseIds-error").getText()).contains("is not a case id");
        assertThat(field("link-reason").getAttribute("value")).isEqualTo("morning report");

        field("link-caseIds").clear();
        type("link-caseIds", lost.toString());
        press("link-cases");
        assertThat(field("incident-cases").getText()).contains("morning report");
        browser.get(url("/incidents"));
        assertThat(field("incidents").getText()).contains(name);
    }
}
