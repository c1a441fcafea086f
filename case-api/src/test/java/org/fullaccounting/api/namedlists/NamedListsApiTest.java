package org.fullaccounting.api.namedlists;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.with;

/**
 * Named lists over HTTP on a real PostgreSQL: create, revise, put cases on and off (all or none),
 * each membership an entry of the case; the Last Seen Alive list drives the board's filter; what a
 * family sees.
 */
public class NamedListsApiTest extends ApiTest {

    public static Map<String, Object> list(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("keeper", "DPMO");
        body.put("version", "1");
        body.put("date", "2008-08-22");
        return body;
    }

    public static UUID create(Api caseworker, Map<String, Object> body) {
        return UUID.fromString(caseworker.post("/api/lists", body).expectStatus(201).json().get("listId").asText());
    }

    public static Map<String, Object> members(Object... caseIds) {
        return Map.of("caseIds", List.of(caseIds), "source", "DPMO list of 22 Aug 2008", "reason", "named on the list");
    }

    /** The one list marked as the Last Seen Alive list: the test database's, created by whichever test came first. */
    static UUID lastSeenAliveList(Api caseworker) {
        for (JsonNode list : caseworker.get("/api/lists").expectStatus(200).json()) {
            if (list.get("lastSeenAlive").asBoolean()) {
                return UUID.fromString(list.get("listId").asText());
            }
        }
        return create(caseworker, with(list("Last Seen Alive"), "lastSeenAlive", true));
    }

    @Test
    void aCaseworkerCreatesAListAndReadsItBackAtOnce() {
        String name = "Camp 5 roster " + UUID.randomUUID();

        var created = caseworker.post("/api/lists", list(name)).expectStatus(201);
        UUID listId = UUID.fromString(created.json().get("listId").asText());

        assertThat(created.header("Location")).endsWith("/api/lists/" + listId);
        JsonNode read = caseworker.get("/api/lists/" + listId).expectStatus(200).json();
        assertThat(read.get("list").get("name").asText()).isEqualTo(name);
        assertThat(read.get("list").get("keeper").asText()).isEqualTo("DPMO");
        assertThat(read.get("list").get("date").asText()).isEqualTo("2008-08-22");
        assertThat(read.get("members").get("items")).isEmpty();
        assertThat(caseworker.get("/api/lists").json().findValuesAsText("listId")).contains(listId.toString());
    }

    @Test
    void aRevisionRecordsANewEditionAndTheSameEditionIsRefused() {
        UUID listId = create(caseworker, list("Roster " + UUID.randomUUID()));
        Map<String, Object> revision = Map.of("version", "2", "date", "2014", "reason", "DPAA's edition");

        caseworker.post("/api/lists/" + listId + "/revisions", revision).expectStatus(201);
        caseworker.post("/api/lists/" + listId + "/revisions", revision).expectProblem(409, "SAME_DESCRIPTION");

        JsonNode read = caseworker.get("/api/lists/" + listId).json().get("list");
        assertThat(read.get("version").asText()).isEqualTo("2");
        assertThat(read.get("date").asText()).isEqualTo("2014");
    }

    @Test
    void casesAreAddedOnceEachShowInTheirHistoryAndAreRemovedOnlyWhenOnTheList() {
        UUID listId = create(caseworker, list("Roster " + UUID.randomUUID()));
        UUID first = openCase();
        UUID second = openCase();

        JsonNode added = caseworker.post("/api/lists/" + listId + "/members", members(first, second))
                .expectStatus(201).json();
        assertThat(added.get("entries").findValuesAsText("caseId"))
                .containsExactly(first.toString(), second.toString());
        JsonNode again = caseworker.post("/api/lists/" + listId + "/members", members(first))
                .expectProblem(409, "ALREADY_ON_LIST");
        assertThat(again.get("caseId").asText()).isEqualTo(first.toString());
        assertThat(caseworker.get("/api/lists/" + listId).json().get("members").get("total").asLong()).isEqualTo(2);

        caseworker.post("/api/lists/" + listId + "/removals", Map.of("caseId", first.toString(), "source",
                "DPAA letter", "reason", "identified")).expectStatus(201);
        caseworker.post("/api/lists/" + listId + "/removals", Map.of("caseId", first.toString(), "source",
                "DPAA letter", "reason", "identified")).expectProblem(409, "NOT_ON_LIST");

        JsonNode members = caseworker.get("/api/lists/" + listId).json().get("members");
        assertThat(members.get("items").findValuesAsText("caseId")).containsExactly(second.toString());
        String history = awaitHistory(first);
        assertThat(history).contains("Added to the Roster").contains("(DPMO, version 1 of 2008-08-22)")
                .contains("Removed from the Roster");
        assertThat(count(history, "Added to the Roster")).isEqualTo(1);
    }

    @Test
    void oneRefusedCaseRefusesTheWholeRequestAndNothingIsWritten() {
        UUID listId = create(caseworker, list("Roster " + UUID.randomUUID()));
        UUID already = openCase();
        UUID fresh = openCase();
        caseworker.post("/api/lists/" + listId + "/members", members(already)).expectStatus(201);
        int before = eventCount(fresh);

        caseworker.post("/api/lists/" + listId + "/members", members(fresh, already))
                .expectProblem(409, "ALREADY_ON_LIST");
        assertThat(caseworker.post("/api/lists/" + listId + "/members", members(fresh, UUID.randomUUID()))
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("caseIds");

        assertThat(eventCount(fresh)).isEqualTo(before);
        assertThat(caseworker.get("/api/lists/" + listId).json().get("members").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void casesMayBeNamedByServiceNumberAndCiteARegisteredSource() {
        UUID listId = create(caseworker, list("Roster " + UUID.randomUUID()));
        String serviceNumber = uniqueServiceNumber();
        UUID caseId = UUID.fromString(caseworker.post("/api/cases", Requests.caseOpening(serviceNumber))
                .expectStatus(201).json().get("caseId").asText());
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", Requests.source("DPMO list"))
                .expectStatus(201).json().get("sourceId").asText());

        assertThat(caseworker.post("/api/lists/" + listId + "/members", Map.of("serviceNumbers",
                List.of(serviceNumber), "sourceId", UUID.randomUUID().toString(), "reason", "named"))
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("sourceId");
        caseworker.post("/api/lists/" + listId + "/members", Map.of("serviceNumbers", List.of(serviceNumber),
                "sourceId", sourceId.toString(), "reason", "named")).expectStatus(201);

        JsonNode member = caseworker.get("/api/lists/" + listId).json().get("members").get("items").get(0);
        assertThat(member.get("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(member.get("sourceId").asText()).isEqualTo(sourceId.toString());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        UUID listId = create(caseworker, list("Roster " + UUID.randomUUID()));
        assertThat(caseworker.post("/api/lists", with(list("x"), "keeper", " ")).errorFields()).contains("keeper");
        assertThat(caseworker.post("/api/lists", with(list("x"), "date", "1954-13")).errorFields()).contains("date");
        assertThat(caseworker.post("/api/lists", with(list("x"), "name", "x\u0000y"))
                .expectProblem(400, "INVALID_TEXT").toString()).contains("name");
        assertThat(caseworker.post("/api/lists", with(list("x"), "name", "x".repeat(1_000_000))).status())
                .isIn(400, 413);
        assertThat(caseworker.post("/api/lists/" + listId + "/members", Map.of("caseIds", List.of(openCase()),
                "reason", "no source")).expectProblem(400, "FIELD_REQUIRED").toString()).contains("source");
        assertThat(caseworker.post("/api/lists/" + listId + "/members", Map.of("source", "s", "reason", "no case"))
                .expectProblem(400, "INVALID_PARAMETER").toString()).contains("caseIds");
        caseworker.post("/api/lists/" + UUID.randomUUID() + "/members", members(openCase()))
                .expectProblem(404, "UNKNOWN_LIST");
        caseworker.get("/api/lists/" + UUID.randomUUID()).expectProblem(404, "UNKNOWN_LIST");
        caseworker.get("/api/lists/" + listId + "?size=0").expectProblem(400, "INVALID_PARAMETER");
    }

    @Test
    void theLastSeenAliveListDecidesTheBoardsFilterAndOnlyOneListIsSoMarked() {
        UUID lastSeenAlive = lastSeenAliveList(caseworker);
        UUID caseId = openCase();

        caseworker.post("/api/lists", with(list("Another LSA list"), "lastSeenAlive", true))
                .expectProblem(409, "LAST_SEEN_ALIVE_LIST_EXISTS");
        caseworker.post("/api/lists/" + lastSeenAlive + "/members", members(caseId)).expectStatus(201);

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("lastSeenAlive").asBoolean()).isTrue();
        Eventually.until("the board to show the case as Last Seen Alive", () -> onBoardAsLastSeenAlive(caseId), on -> on);
        caseworker.post("/api/cases/" + caseId + "/last-seen-alive", Map.of("designated", false, "source", "s",
                "reason", "r")).expectProblem(409, "ON_LAST_SEEN_ALIVE_LIST");

        caseworker.post("/api/lists/" + lastSeenAlive + "/removals", members(caseId)).expectStatus(201);

        assertThat(caseworker.get("/api/cases/" + caseId).json().get("lastSeenAlive").asBoolean()).isFalse();
        Eventually.until("the board to show the case off the list", () -> onBoardAsLastSeenAlive(caseId), on -> !on);
    }

    @Test
    void aFamilySeesItsOwnCasesListsButNeverAnotherMember() {
        UUID own = openCase();
        UUID other = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", own.toString(),
                "reason", "next of kin")).expectStatus(201);
        UUID shared = create(caseworker, list("Shared roster " + UUID.randomUUID()));
        UUID notTheirs = create(caseworker, list("Other roster " + UUID.randomUUID()));
        caseworker.post("/api/lists/" + shared + "/members", with(members(own, other), "reason", "REASON-MARKER"))
                .expectStatus(201);
        caseworker.post("/api/lists/" + notTheirs + "/members", members(other)).expectStatus(201);

        String page = family.get("/api/lists/" + shared).expectStatus(200).body();
        family.get("/api/lists/" + notTheirs).expectProblem(404, "UNKNOWN_LIST");
        String lists = family.get("/api/lists").expectStatus(200).body();
        String history = family.get("/api/cases/" + awaitHistoryId(own) + "/history").expectStatus(200).body();

        assertThat(page).contains(own.toString()).contains("Shared roster").contains("DPMO")
                .doesNotContain(other.toString()).doesNotContain("REASON-MARKER").doesNotContain("test-caseworker")
                .doesNotContain("\"members\"");
        assertThat(lists).contains(shared.toString()).doesNotContain(notTheirs.toString());
        assertThat(history).contains("Added to the Shared roster").contains("DPMO").doesNotContain("REASON-MARKER")
                .doesNotContain("DPMO list of 22 Aug 2008");
        family.post("/api/lists", list("family write")).expectProblem(403, "FORBIDDEN");
        admin.get("/api/lists/" + shared).expectProblem(403, "FORBIDDEN");
    }

    private boolean onBoardAsLastSeenAlive(UUID caseId) {
        return caseworker.get("/api/cases?lastSeenAlive=true&size=200&sort=-opened").body().contains(caseId.toString());
    }

    private UUID awaitHistoryId(UUID caseId) {
        awaitHistory(caseId);
        return caseId;
    }

    private String awaitHistory(UUID caseId) {
        long version = caseworker.get("/api/cases/" + caseId).json().get("version").asLong();
        Eventually.until("the history of " + caseId, () -> caseworker.get("/api/cases/" + caseId
                + "/history?minVersion=" + version).status(), status -> status == 200);
        return caseworker.get("/api/cases/" + caseId + "/history").body();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
