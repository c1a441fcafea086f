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
    void theFormsForTheLivingOfferNoOneWhoDiedWhileACorrectionMayNameThem() {
        UUID caseId = openCase();
        UUID bob = PeopleApiTest.addPerson(caseworker, caseId, "Bob Dumas", "BROTHER");
        UUID bill = PeopleApiTest.addPerson(caseworker, caseId, "Bill Dumas", "BROTHER");
        caseworker.post("/api/cases/" + caseId + "/people/" + bob + "/death",
                Map.of("diedOn", "2021-02-06", "source", "Beacon, 16 Feb 2021")).expectStatus(201);
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId + "/people"));

        for (String forTheLiving : new String[]{"primary-person", "death-person", "contact-person", "consents-person",
                "account-person"}) {
            assertThat(offered(forTheLiving)).as(forTheLiving).containsExactly(bill.toString());
        }
        assertThat(offered("correct-person-id")).containsExactlyInAnyOrder(bob.toString(), bill.toString());
    }

    private java.util.List<String> offered(String select) {
        return field(select).findElements(By.tagName("option")).stream().map(o -> o.getAttribute("value")).toList();
    }

    @Test
    void aCaseworkerCorrectsAPersonAndIsToldWhichFieldIsMissing() {
        UUID caseId = openCase();
        UUID bob = PeopleApiTest.addPerson(caseworker, caseId, "Bob Dumas", "BROTHER");
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId + "/people"));

        choose("correct-person-id", bob.toString());
        type("correct-name", "Robert (Bob) Dumas");
        choose("correct-relationship", "BROTHER");
        type("correct-born", "1931-05");
        submit(field("correct-person").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("problem").getText()).startsWith("Not saved: reason ");
        assertThat(field("people").getText()).doesNotContain("Robert (Bob) Dumas");

        type("correct-name", "Robert (Bob) Dumas");
        choose("correct-relationship", "BROTHER");
        type("correct-born", "1931-05");
        type("correct-reason", "his full name, from the 1950 census");
        submit(field("correct-person").findElement(By.cssSelector("button[type=submit]")));

        assertThat(field("done").getText()).isEqualTo("The person was corrected.");
        assertThat(field("people").getText()).contains("Robert (Bob) Dumas").contains("1931-05");
        assertThat(caseworker.get("/api/cases/" + caseId + "/people").body()).contains("Robert (Bob) Dumas");
    }

    @Test
    void aCaseworkerChangesContactDetailsAndRecordsConsentsNamingTheFieldThatIsWrong() {
        UUID caseId = openCase();
        UUID bob = PeopleApiTest.addPerson(caseworker, caseId, "Robert (Bob) Dumas", "BROTHER");
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId + "/people"));

        choose("contact-person", bob.toString());
        type("contact-email", "not an address");
        submit(field("contact-details").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("problem").getText()).startsWith("Not saved: email ");

        type("contact-address", "4 Main Street, Beacon NY");
        type("contact-phone", "+1 (845) 555-0100");
        submit(field("contact-details").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("done").getText()).isEqualTo("The contact details were changed.");
        assertThat(field("people").getText()).contains("4 Main Street, Beacon NY").contains("+1 (845) 555-0100");

        choose("consents-person", bob.toString());
        field("consents-contact").click();
        submit(field("record-consents").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("problem").getText()).startsWith("Not saved: source ");
        assertThat(field("people").getText()).contains("none recorded");

        field("consents-contact").click();
        field("consents-dna").click();
        type("consents-source", "signed consent form, 2005-03-01");
        submit(field("record-consents").findElement(By.cssSelector("button[type=submit]")));

        assertThat(field("done").getText()).isEqualTo("The consents were recorded.");
        assertThat(field("people").getText()).contains("contact true, DNA use true, publicity false");
        screenshot("people-contact-and-consents");
    }

    @Test
    void aCaseworkerLinksAFamilyAccountOfTheCaseToItsPersonAndNoOtherAccount() {
        UUID caseId = openCase();
        UUID bill = PeopleApiTest.addPerson(caseworker, caseId, "Bill Dumas", "NEPHEW");
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId + "/people"));

        choose("account-person", bill.toString());
        type("account-username", "test-family");
        type("account-reason", "his own account");
        submit(field("link-account").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("problem").getText())
                .isEqualTo("Not saved: username must be a family account linked to this case");

        PeopleApiTest.linkFamily(admin, caseId);
        choose("account-person", bill.toString());
        type("account-username", "test-family");
        submit(field("link-account").findElement(By.cssSelector("button[type=submit]")));
        assertThat(field("problem").getText()).startsWith("Not saved: reason ");

        type("account-username", "test-family");
        type("account-reason", "his own account");
        submit(field("link-account").findElement(By.cssSelector("button[type=submit]")));

        assertThat(field("done").getText()).isEqualTo("The family account is now the person's own.");
        assertThat(browser.findElement(By.cssSelector("tr[data-person='" + bill + "']")).getText())
                .contains("test-family");
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
        caseworker.post(base + "/people/" + bob + "/consents", Map.of("contact", true, "dnaUse", true,
                "publicity", true, "source", "BOB-CONSENT-MARKER")).expectStatus(201);
        caseworker.post(base + "/people/" + bill + "/account", Map.of("username", "test-family", "reason", "his own"))
                .expectStatus(201);
        signIn("test-family", PASSWORD);

        browser.get(url("/family/cases/" + caseId));
        assertThat(field("point-of-contact").getText()).contains("Robert (Bob) Dumas").contains("Brother");
        assertThat(field("own-record").getText()).contains("Bill Dumas").contains("Nephew");
        assertThat(field("references").getText()).contains("mtDNA: no");
        assertThat(browser.getPageSource()).doesNotContain("BOB-ADDRESS-MARKER").doesNotContain("BOB-CONSENT-MARKER")
                .doesNotContain(bob.toString());

        type("own-address", "12 Elm Street, Canterbury CT");
        type("own-email", "bill@example.org");
        submit(field("own-contact").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Your contact details were saved.");
        assertThat(field("own-address").getAttribute("value")).isEqualTo("12 Elm Street, Canterbury CT");
        assertThat(caseworker.get(base + "/people").body()).contains("12 Elm Street, Canterbury CT");
        screenshot("family-point-of-contact");
    }

    @Test
    void aFamilySeesWhenAUsableReferenceIsOnFileAndIsToldWhenItsAccountIsNoPersonsYet() {
        UUID caseId = openCase();
        String base = "/api/cases/" + caseId;
        PeopleApiTest.linkFamily(admin, caseId);
        UUID bob = PeopleApiTest.addPerson(caseworker, caseId, "Robert (Bob) Dumas", "BROTHER");
        caseworker.post(base + "/people/" + bob + "/contact-details", Map.of("email", "bob@example.org"))
                .expectStatus(201);
        UUID sample = UUID.fromString(caseworker.post(base + "/samples", Map.of("donorId", bob.toString(), "type",
                "MTDNA", "line", "MATERNAL", "requestedOn", "2005-03-01")).expectStatus(201).json().get("id").asText());
        caseworker.post(base + "/samples/" + sample + "/receipt", Map.of("receivedOn", "2005-04-01")).expectStatus(201);
        caseworker.post(base + "/samples/" + sample + "/processing", Map.of("processedOn", "2005-06-01",
                "labReference", "LAB-REFERENCE-MARKER")).expectStatus(201);
        signIn("test-family", PASSWORD);

        browser.get(url("/family/cases/" + caseId));

        assertThat(field("references").getText()).contains("mtDNA: yes").contains("Y-STR: no");
        assertThat(field("point-of-contact").getText()).isEqualTo("No primary next of kin is recorded.");
        assertThat(field("own-record").getText()).contains("not linked to a person record");
        assertThat(foundNow(By.id("own-contact"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("bob@example.org").doesNotContain("LAB-REFERENCE-MARKER")
                .doesNotContain("Robert (Bob) Dumas");
        screenshot("family-no-person-record");
    }
}
