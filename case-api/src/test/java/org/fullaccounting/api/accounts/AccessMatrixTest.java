package org.fullaccounting.api.accounts;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.caseOpening;
import static org.fullaccounting.api.Requests.with;

/**
 * Every endpoint x every role x (the family's linked case, an unlinked case, an unknown case),
 * against the whole application on a real PostgreSQL. Asserts the status and that no family
 * answer carries anything of the unlinked case or any restricted field.
 */
class AccessMatrixTest extends ApiTest {

    private static final String UNLINKED_NAME = "Unlinkedname";
    /** Restricted content recorded on the family's own case. */
    private static final List<String> CASE_RESTRICTED = List.of("INTERNAL-NOTE-MARKER", "RESTRICTED-LETTER-MARKER",
            "WITNESS-MARKER", "SIGHTING-SOURCE-MARKER", "INTEL-REPORT-MARKER");
    /** ... and in the source register: a restricted source on that case, the reliability notes of sources. */
    private static final List<String> RESTRICTED = java.util.stream.Stream.concat(CASE_RESTRICTED.stream(),
            java.util.stream.Stream.of("RESTRICTED-SOURCE-MARKER", "SOURCE-RELIABILITY-MARKER")).toList();

    private enum Target { LINKED, UNLINKED, UNKNOWN }

    private enum Role { CASEWORKER, FAMILY, AUDITOR, ADMIN }

    /** One request and the status each role must get for each target. */
    private record Rule(String method, String path, Object body, Map<Role, int[]> statuses) {
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleAsTheAccessRulesSay() {
        UUID linked = caseWithRestrictedContent();
        UUID unlinked = openCaseNamed(UNLINKED_NAME);
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", linked.toString(),
                "reason", "next of kin")).expectStatus(201);
        awaitHistory(linked);
        Map<Target, UUID> targets = Map.of(Target.LINKED, linked, Target.UNLINKED, unlinked,
                Target.UNKNOWN, UUID.randomUUID());
        // Sources: one linked to the family's case, one linked only to the unlinked case (titled with its
        // name, so a leak shows), one unknown; and a restricted source on the family's own case.
        Map<Target, UUID> sources = Map.of(Target.LINKED, sourceLinkedTo(linked, "Shared memorandum", false),
                Target.UNLINKED, sourceLinkedTo(unlinked, UNLINKED_NAME + " letter", false),
                Target.UNKNOWN, UUID.randomUUID());
        sourceLinkedTo(linked, "RESTRICTED-SOURCE-MARKER report", true);
        UUID anotherCase = openCase();
        Map<Role, Api> as = Map.of(Role.CASEWORKER, caseworker, Role.FAMILY, family, Role.AUDITOR, auditor,
                Role.ADMIN, admin);

        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules(anotherCase)) {
            for (Role role : Role.values()) {
                for (Target target : Target.values()) {
                    int expected = rule.statuses().get(role)[target.ordinal()];
                    String path = rule.path().replace("{case}", targets.get(target).toString())
                            .replace("{source}", sources.get(target).toString());
                    String name = role + " " + rule.method() + " " + rule.path() + " on " + target + " -> " + expected;
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        Api.Response response = rule.method().equals("GET") ? as.get(role).get(path)
                                : rule.method().equals("GET as CSV") ? as.get(role).get(path, "Accept", "text/csv")
                                : rule.method().equals("UPLOAD") ? org.fullaccounting.api.sources.AttachmentsApiTest
                                .upload(as.get(role), path, "matrix.txt", "text/plain", "matrix file".getBytes())
                                : as.get(role).post(path, rule.body());
                        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(expected);
                        if (role == Role.FAMILY) {
                            // A problem's "instance" only repeats the address the family itself asked for.
                            String body = response.body().replaceAll("\"instance\":\"[^\"]*\"", "");
                            assertThat(body).as("family answer of " + name)
                                    .doesNotContain(unlinked.toString()).doesNotContain(UNLINKED_NAME);
                            RESTRICTED.forEach(marker -> assertThat(body).as(name).doesNotContain(marker));
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void onlyCaseworkersOpenCases() {
        caseworker.post("/api/cases", caseOpening(uniqueServiceNumber())).expectStatus(201);
        for (Api other : List.of(family, auditor, admin)) {
            other.post("/api/cases", caseOpening(uniqueServiceNumber())).expectProblem(403, "FORBIDDEN");
        }
    }

    @org.junit.jupiter.api.Test
    void aFamilySeesItsLinkedCaseInPlainLanguageWithoutRestrictedFields() {
        UUID linked = caseWithRestrictedContent();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", linked.toString(),
                "reason", "next of kin")).expectStatus(201);
        awaitHistory(linked);

        Api.Response history = family.get("/api/cases/" + linked + "/history").expectStatus(200);

        assertThat(history.body()).contains("collective farm near Pyongyang").contains("General Lee Sang Cho");
        RESTRICTED.forEach(marker -> assertThat(history.body()).doesNotContain(marker));
        assertThat(caseworker.get("/api/cases/" + linked + "/history").body()).contains(CASE_RESTRICTED);
        assertThat(family.get("/api/my/cases").json().findValuesAsText("caseId")).contains(linked.toString());
    }

    @org.junit.jupiter.api.Test
    void unlinkingTakesAccessAwayAtOnceAndBothAreRecordedOnTheCase() {
        UUID caseId = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        family.get("/api/cases/" + caseId).expectStatus(200);

        admin.delete("/api/admin/family-links/test-family/" + caseId + "?reason=asked%20to%20be%20removed")
                .expectStatus(200);

        family.get("/api/cases/" + caseId).expectProblem(404, "UNKNOWN_CASE");
        List<String> types = auditor.get("/api/audit/events?caseId=" + caseId).json().findValuesAsText("type");
        assertThat(types).contains("FamilyMemberLinkedEvent", "FamilyMemberUnlinkedEvent");
        assertThat(auditor.get("/api/audit/events?caseId=" + caseId).json().findValuesAsText("user"))
                .contains("admin");
    }

    @org.junit.jupiter.api.Test
    void onlyFamilyAccountsCanBeLinked() {
        UUID caseId = openCase();

        admin.post("/api/admin/family-links", Map.of("username", "test-caseworker", "caseId", caseId.toString(),
                "reason", "x")).expectProblem(400, "INVALID_PARAMETER");
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId",
                UUID.randomUUID().toString(), "reason", "x")).expectProblem(404, "UNKNOWN_CASE");
        caseworker.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "x")).expectProblem(403, "FORBIDDEN");
    }

    private static List<Rule> rules(UUID anotherCase) {
        int[] read = {200, 200, 404};
        int[] familyRead = {200, 404, 404};
        int[] forbidden = {403, 403, 403};
        int[] write = {201, 201, 404};
        int[] familyWrite = {403, 404, 404};
        int[] everywhere = {200, 200, 200};
        Map<Role, int[]> caseRead = statuses(read, familyRead, read, forbidden);
        Map<Role, int[]> caseWrite = statuses(write, familyWrite, forbidden, forbidden);
        Map<Role, int[]> lists = statuses(everywhere, everywhere, everywhere, forbidden);
        Map<Role, int[]> auditorOnly = statuses(forbidden, forbidden, everywhere, forbidden);
        Map<Role, int[]> adminOnly = statuses(forbidden, forbidden, forbidden, everywhere);
        Map<Role, int[]> familyOnly = statuses(forbidden, everywhere, forbidden, forbidden);

        List<Rule> rules = new ArrayList<>(List.of(
                new Rule("GET", "/api/cases/{case}", null, caseRead),
                new Rule("GET", "/api/cases/{case}?asOf=2999-01-01T00:00:00Z", null, caseRead),
                new Rule("GET", "/api/cases/{case}/history", null, caseRead),
                new Rule("GET", "/api/cases/{case}/case-file.pdf", null, caseRead),
                new Rule("GET", "/api/cases/{case}/history?asOf=2999-01-01T00:00:00Z", null, caseRead),
                new Rule("GET", "/api/audit/cases/{case}/verify", null,
                        statuses(forbidden, forbidden, read, forbidden)),
                new Rule("GET", "/api/audit/events?caseId={case}", null, auditorOnly),
                new Rule("GET", "/api/audit/access-log?caseId={case}", null, auditorOnly),
                new Rule("GET", "/api/audit/export", null, auditorOnly),
                new Rule("GET", "/api/audit/export/manifest?archive=" + UUID.randomUUID(), null,
                        statuses(forbidden, forbidden, new int[]{404, 404, 404}, forbidden)),
                // The matrix posts JSON: the check and the restore take NDJSON (ArchiveTest, RestoreTest).
                new Rule("POST", "/api/audit/export/check", Map.of(), statuses(forbidden, forbidden,
                        new int[]{415, 415, 415}, forbidden)),
                new Rule("POST", "/api/admin/restore", Map.of(), statuses(forbidden, forbidden, forbidden,
                        new int[]{415, 415, 415})),
                new Rule("GET", "/api/admin/restore/" + UUID.randomUUID(), null,
                        statuses(forbidden, forbidden, forbidden, new int[]{404, 404, 404})),
                new Rule("GET", "/api/board", null, lists),
                new Rule("GET", "/api/cases?q=" + UNLINKED_NAME, null, lists),
                new Rule("GET as CSV", "/api/cases?q=" + UNLINKED_NAME, null, lists),
                new Rule("GET", "/api/search?q=" + UNLINKED_NAME, null, lists),
                new Rule("GET", "/api/sightings", null, lists),
                new Rule("GET", "/api/sightings/queue", null, lists),
                new Rule("GET", "/api/correspondence", null, lists),
                new Rule("GET", "/api/my/cases", null, familyOnly),
                new Rule("GET", "/api/admin/users", null, adminOnly),
                new Rule("GET", "/api/admin/projections", null, adminOnly),
                new Rule("GET", "/api/admin/projections/history/dead-letters", null, adminOnly),
                // Imports are caseworkers' (an unknown import: 404 for them, 403 for everyone else).
                new Rule("GET", "/api/imports/" + UUID.randomUUID(), null,
                        statuses(new int[]{404, 404, 404}, forbidden, forbidden, forbidden)),
                new Rule("GET", "/api/imports/" + UUID.randomUUID() + "/report", null,
                        statuses(new int[]{404, 404, 404}, forbidden, forbidden, forbidden)),
                new Rule("POST", "/api/cases/{case}/notes", Map.of("text", "matrix note"), caseWrite),
                new Rule("POST", "/api/cases/{case}/sightings", Requests.sighting(), caseWrite),
                new Rule("POST", "/api/cases/{case}/correspondence", Requests.correspondence(), caseWrite),
                new Rule("POST", "/api/cases/{case}/captivity", Map.of("kind", "INTERNED", "camp", "Camp 5",
                        "source", "matrix"), caseWrite),
                new Rule("POST", "/api/cases/{case}/remains", Map.of("kind", "RECOVERED", "source", "matrix"),
                        caseWrite),
                new Rule("POST", "/api/cases/{case}/sightings/" + UUID.randomUUID() + "/assessments",
                        Map.of("assessment", "UNRESOLVED", "reason", "matrix"),
                        statuses(new int[]{404, 404, 404}, familyWrite, forbidden, forbidden))));
        rules.addAll(sourceRules(anotherCase, read, familyRead, forbidden, lists));
        return rules;
    }

    /** The source register: reads as for cases (a family: only sources on its own case), writes caseworkers'. */
    private static List<Rule> sourceRules(UUID anotherCase, int[] read, int[] familyRead, int[] forbidden,
                                          Map<Role, int[]> lists) {
        int[] found = {201, 201, 404};
        Map<Role, int[]> sourceWrite = statuses(found, forbidden, forbidden, forbidden);
        Map<String, Object> correction = new LinkedHashMap<>(Requests.source("Corrected by the matrix"));
        correction.put("reason", "matrix");
        return List.of(
                new Rule("GET", "/api/sources/{source}", null, statuses(read, familyRead, read, forbidden)),
                new Rule("GET", "/api/sources", null, lists),
                new Rule("GET", "/api/sources?q=" + UNLINKED_NAME, null, lists),
                new Rule("POST", "/api/sources", Requests.source("matrix source"),
                        statuses(new int[]{201, 201, 201}, forbidden, forbidden, forbidden)),
                new Rule("POST", "/api/sources/{source}/corrections", correction, sourceWrite),
                new Rule("POST", "/api/sources/{source}/cases", Map.of("caseIds", List.of(anotherCase),
                        "reason", "matrix"), sourceWrite),
                new Rule("GET", "/api/sources/{source}/attachments/1", null, statuses(read, familyRead, read, forbidden)),
                new Rule("UPLOAD", "/api/sources/{source}/attachments", null, sourceWrite));
    }

    private UUID sourceLinkedTo(UUID caseId, String title, boolean restricted) {
        Map<String, Object> body = new LinkedHashMap<>(Requests.source(title));
        body.put("restricted", restricted);
        body.put("reliabilityNote", "SOURCE-RELIABILITY-MARKER");
        UUID sourceId = UUID.fromString(caseworker.post("/api/sources", body).expectStatus(201).json()
                .get("sourceId").asText());
        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(caseId),
                "reason", "matrix")).expectStatus(201);
        org.fullaccounting.api.sources.AttachmentsApiTest.upload(caseworker, "/api/sources/" + sourceId
                + "/attachments", "scan.txt", "text/plain", (title + " transcript").getBytes()).expectStatus(201);
        return sourceId;
    }

    private static Map<Role, int[]> statuses(int[] caseworker, int[] family, int[] auditor, int[] admin) {
        Map<Role, int[]> statuses = new LinkedHashMap<>();
        statuses.put(Role.CASEWORKER, caseworker);
        statuses.put(Role.FAMILY, family);
        statuses.put(Role.AUDITOR, auditor);
        statuses.put(Role.ADMIN, admin);
        return statuses;
    }

    private UUID caseWithRestrictedContent() {
        UUID caseId = openCase();
        String path = "/api/cases/" + caseId;
        caseworker.post(path + "/notes", Map.of("text", "INTERNAL-NOTE-MARKER")).expectStatus(201);
        caseworker.post(path + "/correspondence", with(with(Requests.correspondence(), "restricted", true),
                "subject", "RESTRICTED-LETTER-MARKER")).expectStatus(201);
        caseworker.post(path + "/correspondence", Requests.correspondence()).expectStatus(201);
        caseworker.post(path + "/sightings", with(with(Requests.sighting(), "witness", "WITNESS-MARKER"),
                "source", "SIGHTING-SOURCE-MARKER")).expectStatus(201);
        caseworker.post(path + "/sightings", with(with(Requests.sighting(), "sourceKind", "INTELLIGENCE_REPORT"),
                "description", "INTEL-REPORT-MARKER")).expectStatus(201);
        return caseId;
    }

    private UUID openCaseNamed(String familyName) {
        Map<String, Object> opening = caseOpening(uniqueServiceNumber());
        opening.put("name", Map.of("family", familyName, "given", "Nobody"));
        return UUID.fromString(caseworker.post("/api/cases", opening).expectStatus(201).json().get("caseId").asText());
    }

    private void awaitHistory(UUID caseId) {
        long version = caseworker.get("/api/cases/" + caseId).json().get("version").asLong();
        caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).expectStatus(200);
    }
}
