package org.fullaccounting.api.web.sources;

import org.fullaccounting.api.Requests;
import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The source register's pages in a real browser: register, link, a rejected form, and what a family sees. */
class SourcePagesTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    @Test
    void aCaseworkerRegistersASourceWithADateRangeLinksItToACaseAndAttachesAFile() throws Exception {
        UUID caseId = openCase();
        String title = "Returnee debriefs, Operation Big Switch " + UUID.randomUUID();
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/sources"));
        choose("source-kind", "DEBRIEF");
        type("source-title", title);
        type("source-date", "1953-08-05/1953-09-06");
        type("source-authors", "Army debriefing teams\nreturning prisoners of war");
        type("source-archiveReference", "NARA RG 319");
        submit(field("new-source").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Source registered.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(field("source-description").getText()).contains("1953-08-05/1953-09-06")
                .contains("Army debriefing teams; returning prisoners of war").contains("NARA RG 319");

        type("link-caseIds", caseId.toString());
        type("link-reason", "he was seen led away during Big Switch");
        submit(field("link-cases").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Linked to 1 case.");
        assertThat(field("source-cases").getText()).contains("he was seen led away during Big Switch");
        assertThat(field("source-cases").findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/cases/" + caseId);
        java.nio.file.Path scan = java.nio.file.Files.createTempFile("transcript", ".txt");
        java.nio.file.Files.writeString(scan, "Debrief transcript: seen led away by Chinese guards.\n");
        field("attach-file-input").sendKeys(scan.toString());
        submit(field("attach-file").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("File attached as number 1.");
        assertThat(field("source-files").getText()).contains(scan.getFileName().toString()).contains("text/plain");
        assertThat(field("source-files").findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/sources/" + browser.getCurrentUrl().replaceAll(".*/sources/", "") + "/attachments/1");
        screenshot("source-page");

        browser.get(url("/sources?q=" + "big+swich"));
        assertThat(field("sources").getText()).contains(title);
    }

    @Test
    void aRejectedFormComesBackWithWhatWasTypedAndTheErrorBesideTheField() {
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/sources"));
        choose("source-kind", "LETTER");
        type("source-title", "Letter with a backwards range");
        type("source-date", "1953-09-06/1953-08-05");
        submit(field("new-source").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("not registered");
        assertThat(field("source-date-error").isDisplayed()).isTrue();
        assertThat(field("source-title").getAttribute("value")).isEqualTo("Letter with a backwards range");

        browser.get(url("/sources"));
        String before = field("sources").getText();
        assertThat(before).doesNotContain("Letter with a backwards range");
    }

    @Test
    void aFamilySeesOnlyTheUnrestrictedSourcesOfItsOwnCaseAndCannotRegister() {
        UUID own = openCase();
        UUID other = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", own.toString(),
                "reason", "next of kin")).expectStatus(201);
        String ownTitle = "Acheson memorandum " + UUID.randomUUID();
        String restrictedTitle = "Restricted report " + UUID.randomUUID();
        String otherTitle = "Other case's letter " + UUID.randomUUID();
        UUID ownSource = source(ownTitle, false, own);
        source(restrictedTitle, true, own);
        source(otherTitle, false, other);
        signIn("test-family", PASSWORD);

        browser.get(url("/sources"));
        String list = field("sources").getText();
        assertThat(list).contains(ownTitle).doesNotContain(restrictedTitle).doesNotContain(otherTitle);
        assertThat(foundNow(By.id("new-source"))).isEmpty();

        browser.get(url("/sources/" + ownSource));
        assertThat(field("source-cases").findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/family/cases/" + own);
        assertThat(browser.getPageSource()).doesNotContain(other.toString()).doesNotContain("Reliability")
                .doesNotContain("test-caseworker");
        assertThat(foundNow(By.id("link-cases"))).isEmpty();
        screenshot("source-page-family");
    }

    private UUID source(String title, boolean restricted, UUID caseId) {
        Map<String, Object> body = Requests.with(Requests.source(title), "restricted", restricted);
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", body).expectStatus(201).json()
                .get("sourceId").asText());
        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(caseId), "reason", "x"))
                .expectStatus(201);
        return sourceId;
    }
}
