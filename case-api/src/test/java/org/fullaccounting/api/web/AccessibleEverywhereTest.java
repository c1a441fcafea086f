package org.fullaccounting.api.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.findings.FindingsApiTest;
import org.fullaccounting.api.namedlists.NamedListsApiTest;
import org.fullaccounting.api.places.PlacesApiTest;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Families are often elderly and some use screen readers. Every page a role can reach by following
 * links from where it lands passes Deque's axe-core check for WCAG 2.1 A and AA; pages are found by
 * crawling, so a page added later is checked without being listed here. And a form works with the
 * keyboard alone.
 */
class AccessibleEverywhereTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Pages of one shape (a case, a source...) differ only in their ids: one of each is enough. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MOST_PAGES_PER_ROLE = 60;

    @Test
    void everyPageEachRoleCanReachPassesTheWcag21AaCheck() {
        UUID caseId = caseWithSomethingOnEveryPage();
        Map<String, List<String>> violations = new LinkedHashMap<>();
        browser.get(url("/login"));
        check("signed out: /login", violations);
        for (String account : List.of("test-caseworker", "test-auditor", "test-family", "admin")) {
            signIn(account, "admin".equals(account) ? ADMIN_PASSWORD : PASSWORD);
            Set<String> visited = crawl(account, violations);
            System.out.printf("axe-core checked %d pages as %s: %s%n", visited.size(), account, visited);
            assertThat(visited).as("pages %s reached", account).hasSizeGreaterThan(1);
            if ("test-caseworker".equals(account)) {
                assertThat(visited).as("a page of every kind the case gave one to").contains("/cases/{id}",
                        "/cases/{id}/people", "/sources/{id}", "/lists/{id}", "/camps/{id}", "/incidents/{id}",
                        "/sighting-reports/{id}", "/findings/{id}", "/accessions/{id}");
            }
            if ("test-family".equals(account)) {
                assertThat(visited).anyMatch(page -> page.contains(caseId.toString()) || page.startsWith("/family"));
            }
            browser.manage().deleteAllCookies();
        }
        assertThat(violations).as("WCAG 2.1 AA violations by page").isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        browser.get(url("/login"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/css/app.css\">"
                        + "<input id=\"nameless\" type=\"text\">')");
        Map<String, List<String>> violations = new LinkedHashMap<>();

        check("a page with an image without alternative text and a field without a label", violations);

        assertThat(String.join("\n", violations.values().iterator().next())).contains("image-alt", "label");
    }

    @Test
    void aCaseworkerAddsANoteWithTheKeyboardAlone() {
        UUID caseId = openCase();
        signIn("test-caseworker", PASSWORD);
        browser.get(url("/cases/" + caseId));

        tabUntil(focused -> "summary".equals(focused.getTagName()) && focused.getText().contains("internal note"));
        press(Keys.ENTER);
        tabUntil(focused -> "note-text".equals(focused.getAttribute("id")));
        press("Typed without a mouse");
        tabUntil(focused -> "button".equals(focused.getTagName()) && focused.getText().contains("Add note"));
        press(Keys.ENTER);

        Eventually.until("the note in the history", () -> caseworker.get("/api/cases/" + caseId + "/history")
                .expectStatus(200).body(), body -> body.contains("Typed without a mouse"));
    }

    /**
     * A case with a note, a reclassification, a family link and a linked source, on a named list, held
     * at a camp, lost in an incident, correlated with a sighting report and named in a finding, and a
     * remains accession: so each page has rows to show and every kind of page one to link to, whatever
     * the tests before this one left in the shared database.
     */
    private UUID caseWithSomethingOnEveryPage() {
        UUID caseId = openCase();
        String listId = caseworker.post("/api/lists", NamedListsApiTest.list("Accessible list " + caseId))
                .expectStatus(201).json().get("listId").asText();
        caseworker.post("/api/lists/" + listId + "/members", NamedListsApiTest.members(caseId.toString()))
                .expectStatus(201);
        String campId = caseworker.post("/api/camps", PlacesApiTest.camp("Accessible camp " + caseId, "Pyoktong"))
                .expectStatus(201).json().get("id").asText();
        caseworker.post("/api/camps/" + campId + "/cases", Map.of("caseIds", List.of(caseId.toString()),
                "reason", "debrief")).expectStatus(201);
        String incidentId = caseworker.post("/api/incidents", PlacesApiTest.incident("Accessible incident " + caseId))
                .expectStatus(201).json().get("id").asText();
        caseworker.post("/api/incidents/" + incidentId + "/cases", Map.of("caseIds", List.of(caseId.toString()),
                "reason", "morning report")).expectStatus(201);
        String reportId = caseworker.post("/api/sighting-reports", Requests.sightingReport()).expectStatus(201)
                .json().get("reportId").asText();
        caseworker.post("/api/sighting-reports/" + reportId + "/correlations", Map.of("caseId", caseId,
                "assessment", "UNRESOLVED", "reason", "same unit")).expectStatus(201);
        caseworker.post("/api/findings", FindingsApiTest.finding("NOTE", caseId.toString())).expectStatus(201);
        caseworker.post("/api/accessions", Map.of("name", "Accessible K208 box", "receivedOn", "1993"))
                .expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "internal note")).expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/reclassifications",
                Requests.reclassification("PRISONER_OF_WAR", "1983")).expectStatus(201);
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        String sourceId = caseworker.post("/api/sources", Requests.source("Accessible memorandum " + caseId))
                .expectStatus(201).json().get("sourceId").asText();
        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(caseId.toString()),
                "reason", "concerns him")).expectStatus(201);
        return caseId;
    }

    /** Follows same-site links breadth first from the landing page, checking each page of a new shape. */
    private Set<String> crawl(String account, Map<String, List<String>> violations) {
        Set<String> shapes = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(URI.create(browser.getCurrentUrl()).getRawPath()));
        while (!next.isEmpty() && shapes.size() < MOST_PAGES_PER_ROLE) {
            String page = next.poll();
            if (!shapes.add(shape(page))) {
                continue;
            }
            browser.get(url(page));
            if (!"text/html".equals(((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.contentType"))) {
                shapes.remove(shape(page)); // a download (the auditor's archive), not a page
                shapes.add("download " + shape(page));
                continue;
            }
            check(account + ": " + page, violations);
            for (Object href : (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return Array.from(document.querySelectorAll('a[href]'), link => link.href)")) {
                String target = followable((String) href);
                if (target != null && !shapes.contains(shape(target))) {
                    next.add(target);
                }
            }
        }
        return shapes;
    }

    /** A page of this site to visit, or null: other sites, downloads, the API, signing out. */
    private String followable(String href) {
        URI uri = URI.create(href);
        if (uri.getHost() != null && (!"localhost".equals(uri.getHost()) || uri.getPort() != port)) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || path.startsWith("/api/") || path.startsWith("/logout")
                || path.startsWith("/swagger") || path.startsWith("/v3/") || path.startsWith("/actuator")
                || path.contains("/attachments/") || path.endsWith(".pdf") || path.endsWith(".csv")
                || path.startsWith("/css/") || path.startsWith("/js/")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String shape(String page) {
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        return ID.matcher(path).replaceAll("{id}");
    }

    private void check(String page, Map<String, List<String>> violations) {
        // Without iframe testing axe runs once in the page, instead of per frame and then again in a
        // blank tab it opens to merge the frames' results; so a page with a frame is refused outright.
        assertThat(foundNow(By.tagName("iframe"))).as("frames on %s, which axe would not look into", page).isEmpty();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).disableIframeTesting().analyze(browser);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> found.add(rule.getId() + " (" + rule.getHelp() + "): " + node.getTarget()));
        }
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }

    private void tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 300; i++) {
            press(Keys.TAB);
            if (wanted.test(browser.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the control");
    }

    private void press(CharSequence keys) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(keys).perform();
    }
}
