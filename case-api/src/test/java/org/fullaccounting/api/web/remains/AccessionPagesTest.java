package org.fullaccounting.api.web.remains;

import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The accessions' pages in a real browser: receive, add candidates, exclude one, identify another, a refusal. */
class AccessionPagesTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    private void press(String formId) {
        submit(field(formId).findElement(By.cssSelector("button[type=submit]")));
    }

    @Test
    void aCaseworkerReceivesABoxAddsCandidatesExcludesOneAndIdentifiesAnother() {
        UUID identified = openCase();
        UUID excluded = openCase();
        String name = "K208 Box 12 " + UUID.randomUUID();
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/accessions"));
        type("accession-name", name);
        type("accession-receivedOn", "1993-11");
        type("accession-origin", "K208 unilateral turnover");
        type("accession-lot", "Box 12");
        press("new-accession");

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Accession received.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        for (UUID caseId : new UUID[]{identified, excluded}) {
            type("candidate-caseId", caseId.toString());
            type("candidate-reason", "same unit, lost the same day");
            press("add-candidate");
            assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Candidate added.");
        }
        type("exclusion-caseId", excluded.toString());
        type("exclusion-reason", "dental chart differs");
        press("exclude-candidate");
        type("identification-caseId", identified.toString());
        choose("identification-method", "MTDNA");
        type("identification-identifiedOn", "2004-06-02");
        type("identification-sample", "mtDNA sequence 04-117");
        press("identify-candidate");

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).contains("accounted for");
        assertThat(browser.findElement(By.cssSelector("tr[data-case='" + excluded + "'] .outcome")).getText())
                .isEqualTo("Excluded: dental chart differs");
        assertThat(browser.findElement(By.cssSelector("tr[data-case='" + identified + "'] .outcome")).getText())
                .contains("Identified").contains("mtDNA sequence 04-117");
        screenshot("accession-page");

        browser.get(url("/accessions"));
        assertThat(field("accessions").getText()).contains(name);
    }

    @Test
    void identifyingACaseThatIsNoCandidateComesBackWithTheErrorBesideTheCase() {
        UUID notACandidate = openCase();
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/accessions"));
        type("accession-name", "K55 Box 3 " + UUID.randomUUID());
        type("accession-receivedOn", "2018-07-27");
        press("new-accession");

        type("identification-caseId", notACandidate.toString());
        choose("identification-method", "DENTAL");
        type("identification-identifiedOn", "2019");
        type("identification-sample", "dental chart 3");
        press("identify-candidate");

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("Nothing was recorded");
        assertThat(field("identification-caseId-error").getText()).contains("not a candidate");
        assertThat(field("identification-sample").getAttribute("value")).isEqualTo("dental chart 3");
        assertThat(field("candidates").getText()).contains("No candidate yet.");
    }
}
