package org.fullaccounting.api.web.people;

import org.fullaccounting.api.people.PeopleApiTest;
import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** People and reference samples in a real browser: a caseworker adds them; a family sees its point of contact. */
class PeoplePagesTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    @Test
    void aCaseworkerAddsAPersonMakesThemPrimaryAndRequestsASample() {
        UUID caseId = openCase();
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId));
        field("people-link").click();

        type("person-name", "Robert (Bob) Dumas");
        choose("person-relationship", "BROTHER");
        type("person-born", "1931");
        submit(field("add-person").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("The person was added.");

        type("primary-reason", "the family's spokesman");
        submit(field("make-primary").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("people").getText()).contains("Robert (Bob) Dumas").contains("BROTHER").contains("primary");

        choose("sample-type", "MTDNA");
        choose("sample-line", "PATERNAL");
        type("sample-requested", "2005-03-01");
        submit(field("request-sample").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("line");

        choose("sample-line", "MATERNAL");
        type("sample-requested", "2005-03-01");
        submit(field("request-sample").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("The sample was requested.");
        assertThat(field("samples").getText()).contains("Robert (Bob) Dumas").contains("MTDNA").contains("2005-03-01");
        screenshot("people-page");
    }

    @Test
    void theBoardShowsTheShareOfOpenCasesWithAnMtDnaReferenceAndTheCasesWithNone() {
        openCase();
        signIn("test-caseworker", PASSWORD);

        String coverage = field("mtdna-coverage").getText();
        String[] counts = coverage.replaceAll(".*\\((\\d+) of (\\d+)\\).*", "$1 $2").split(" ");

        assertThat(coverage).matches("Open cases with a usable mtDNA reference: [0-9.]+ % \\(\\d+ of \\d+\\)\\.");
        assertThat(Long.parseLong(counts[1])).isPositive();
        assertThat(browser.findElements(By.cssSelector("#without-reference li a"))).isNotEmpty();
        screenshot("board-references");
    }

    @Test
    void aFamilySeesItsPointOfContactAndUpdatesItsOwnContactDetailsOnly() {
        UUID caseId = openCase();
        String base = "/api/cases/" + caseId;
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        UUID bob = PeopleApiTest.addPerson(caseworker, caseId, "Robert (Bob) Dumas", "BROTHER");
        UUID bill = PeopleApiTest.addPerson(caseworker, caseId, "Bill Dumas", "NEPHEW");
        caseworker.post(base + "/people/" + bob + "/primary", Map.of("reason", "spokesman")).expectStatus(201);
        caseworker.post(base + "/people/" + bob + "/contact-details", Map.of("address", "BOB-ADDRESS-MARKER"))
                .expectStatus(201);
        caseworker.post(base + "/people/" + bill + "/account", Map.of("username", "test-family", "reason", "his own"))
                .expectStatus(201);
        signIn("test-family", PASSWORD);

        browser.get(url("/family/cases/" + caseId));
        assertThat(field("point-of-contact").getText()).contains("Robert (Bob) Dumas").contains("Brother");
        assertThat(field("references").getText()).contains("mtDNA: no");
        assertThat(browser.getPageSource()).doesNotContain("BOB-ADDRESS-MARKER");

        type("own-address", "12 Elm Street, Canterbury CT");
        type("own-email", "bill@example.org");
        submit(field("own-contact").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Your contact details were saved.");
        assertThat(field("own-address").getAttribute("value")).isEqualTo("12 Elm Street, Canterbury CT");
        assertThat(caseworker.get(base + "/people").body()).contains("12 Elm Street, Canterbury CT");
        screenshot("family-point-of-contact");
    }
}
