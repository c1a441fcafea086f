package org.fullaccounting.api.web;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AdminAndAccessibilityTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    /** Lists the visible form controls that no label names: none is allowed on any page. */
    private static final String UNLABELLED_CONTROLS = """
            return Array.from(document.querySelectorAll('input, select, textarea'))
              .filter(c => !['hidden', 'submit', 'button'].includes(c.type))
              .filter(c => !(c.id && document.querySelector('label[for="' + c.id + '"]'))
                        && !c.closest('label') && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby'))
              .map(c => (c.id || c.name || c.outerHTML));
            """;

    @Test
    void anAdminLinksAFamilyAccountOnTheAdminPageAndTheFamilyCanThenReadTheCase() {
        UUID caseId = openCase();
        admin.post("/api/admin/users", Map.of("username", "paged-family", "password", PASSWORD,
                "roles", List.of("FAMILY")));
        Api pagedFamily = Api.at(port).as("paged-family", PASSWORD);
        pagedFamily.get("/api/cases/" + caseId).expectStatus(404);

        signIn("admin", ADMIN_PASSWORD);
        type("link-username", "paged-family");
        type("link-caseId", caseId.toString());
        type("link-reason", "daughter, per her letter");
        submit(browser.findElement(By.cssSelector("#family-link-form button[type=submit]")));

        assertThat(browser.getPageSource()).contains("Linked paged-family.");
        screenshot("admin-family-linked");
        pagedFamily.get("/api/cases/" + caseId).expectStatus(200);
    }

    @Test
    void aRefusedFamilyLinkSaysWhyAndKeepsWhatWasTyped() {
        signIn("admin", ADMIN_PASSWORD);
        type("link-username", "test-caseworker");
        type("link-caseId", UUID.randomUUID().toString());
        type("link-reason", "wrong account");
        submit(browser.findElement(By.cssSelector("#family-link-form button[type=submit]")));

        assertThat(browser.getPageSource()).contains("The family link was not saved");
        assertThat(field("link-username").getAttribute("value")).isEqualTo("test-caseworker");
        assertThat(field("link-reason").getAttribute("value")).isEqualTo("wrong account");
    }

    @Test
    void aRetractedEntryIsStruckThroughWithItsReason() {
        UUID caseId = openCase();
        String noteId = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "Entered on the wrong case"))
                .json().get("entryId").asText();
        // The page lists the entries of the history read model, which follows the write shortly after.
        Eventually.until("the note in the case's history", () -> caseworker.get("/api/cases/" + caseId + "/history").body(),
                history -> history.contains(noteId));
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId));

        field("retraction").findElement(By.tagName("summary")).click();
        new org.openqa.selenium.support.ui.Select(field("retraction-entryId")).selectByValue(noteId);
        type("retraction-reason", "belongs to another serviceman");
        submit(field("retraction").findElement(By.cssSelector("button[type=submit]")));

        org.openqa.selenium.WebElement retracted = browser.findElement(By.cssSelector("#timeline li.retracted"));
        assertThat(retracted.findElement(By.tagName("del")).getText()).contains("Entered on the wrong case");
        assertThat(retracted.getText()).contains("Retracted: belongs to another serviceman");
        screenshot("case-retracted-entry");
    }

    @Test
    void everyControlOnEveryPageHasALabel() {
        UUID caseId = openCase();
        List<String> unlabelled = new ArrayList<>();
        signIn("test-caseworker", PASSWORD);
        for (String page : List.of("/", "/cases/" + caseId, "/cases/new")) {
            unlabelled.addAll(unlabelledOn(page));
        }
        browser.manage().deleteAllCookies();
        signIn("test-auditor", PASSWORD);
        for (String page : List.of("/audit", "/audit/events", "/audit/cases/" + caseId, "/audit/access-log")) {
            unlabelled.addAll(unlabelledOn(page));
        }
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        unlabelled.addAll(unlabelledOn("/admin"));

        assertThat(unlabelled).isEmpty();
    }

    @Test
    void signingInWithoutTheFormsCsrfTokenIsRefused() {
        Api.Response forged = anonymous.postRaw("/login", "username=test-caseworker&password=" + PASSWORD,
                "Content-Type", "application/x-www-form-urlencoded");

        assertThat(forged.status()).isEqualTo(403);
    }

    @SuppressWarnings("unchecked")
    private List<String> unlabelledOn(String page) {
        browser.get(url(page));
        List<String> controls = (List<String>) ((JavascriptExecutor) browser).executeScript(UNLABELLED_CONTROLS);
        return controls.stream().map(control -> page + ": " + control).toList();
    }
}
