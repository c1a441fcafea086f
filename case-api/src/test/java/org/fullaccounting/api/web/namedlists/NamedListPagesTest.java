package org.fullaccounting.api.web.namedlists;

import org.fullaccounting.api.Requests;
import org.fullaccounting.api.namedlists.NamedListsApiTest;
import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The named lists' pages in a real browser: create, revise, add and remove members, a refused case, a family's view. */
class NamedListPagesTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    @Test
    void aCaseworkerCreatesAListRevisesItAndPutsCasesOnAndOffIt() {
        String serviceNumber = uniqueServiceNumber();
        UUID byNumber = UUID.fromString(caseworker.post("/api/cases", Requests.caseOpening(serviceNumber))
                .expectStatus(201).json().get("caseId").asText());
        UUID byId = openCase();
        String name = "Camp 5 roster " + UUID.randomUUID();
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/lists"));
        type("list-name", name);
        type("list-keeper", "returnees");
        type("list-version", "1");
        type("list-date", "1953-09");
        submit(field("new-list").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("List created.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(field("edition").getText()).contains("returnees").contains("1953-09");

        type("revision-version", "2");
        type("revision-date", "1954");
        type("revision-reason", "second roster from the Big Switch debriefs");
        submit(field("revise-list").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("New edition recorded.");
        assertThat(field("edition").getText()).contains("2").contains("1954");

        type("members-cases", byId + "\n" + serviceNumber);
        type("members-source", "Camp 5 roster, 1954");
        type("members-reason", "named on the roster");
        submit(field("add-members").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Added 2 cases.");
        assertThat(field("members").getText()).contains(serviceNumber).contains("named on the roster");

        type("removals-cases", byId.toString());
        type("removals-source", "returnee's correction");
        type("removals-reason", "not in Camp 5");
        submit(field("remove-members").findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Removed 1 case.");
        assertThat(field("members").findElements(By.cssSelector("tbody tr"))).hasSize(1);
        assertThat(field("members").findElement(By.tagName("a")).getAttribute("href")).endsWith("/cases/" + byNumber);
        screenshot("list-page");

        browser.get(url("/lists"));
        assertThat(field("lists").getText()).contains(name);
    }

    @Test
    void aCaseAlreadyOnTheListSendsTheFormBackNamingItAndNothingIsAdded() {
        UUID listId = NamedListsApiTest.create(caseworker, NamedListsApiTest.list("Roster " + UUID.randomUUID()));
        UUID already = openCase();
        UUID fresh = openCase();
        caseworker.post("/api/lists/" + listId + "/members", NamedListsApiTest.members(already)).expectStatus(201);
        signIn("test-caseworker", PASSWORD);

        browser.get(url("/lists/" + listId));
        type("members-cases", fresh + "\n" + already);
        type("members-source", "list");
        type("members-reason", "named");
        submit(field("add-members").findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).contains("nothing was recorded");
        assertThat(field("members-cases-error").getText()).contains(already.toString());
        assertThat(field("members-cases").getAttribute("value")).contains(fresh.toString());
        assertThat(caseworker.get("/api/lists/" + listId).json().get("members").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aFamilySeesItsOwnCaseOnTheListButNoOtherMemberAndNoForms() {
        UUID own = openCase();
        UUID other = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", own.toString(),
                "reason", "next of kin")).expectStatus(201);
        String name = "Shared roster " + UUID.randomUUID();
        UUID listId = NamedListsApiTest.create(caseworker, NamedListsApiTest.list(name));
        caseworker.post("/api/lists/" + listId + "/members", Map.of("caseIds", List.of(own, other), "source",
                "SOURCE-MARKER", "reason", "REASON-MARKER")).expectStatus(201);
        signIn("test-family", PASSWORD);

        browser.get(url("/lists"));
        assertThat(field("lists").getText()).contains(name);
        browser.get(url("/lists/" + listId));

        assertThat(field("edition").getText()).contains("DPMO").contains("2008-08-22");
        assertThat(field("members").findElement(By.tagName("a")).getAttribute("href")).endsWith("/family/cases/" + own);
        assertThat(browser.getPageSource()).doesNotContain(other.toString()).doesNotContain("SOURCE-MARKER")
                .doesNotContain("REASON-MARKER").doesNotContain("test-caseworker");
        assertThat(foundNow(By.id("add-members"))).isEmpty();
        screenshot("list-page-family");
    }
}
