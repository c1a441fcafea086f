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
            "WITNESS-MARKER", "SIGHTING-SOURCE-MARKER", "INTEL-REPORT-MARKER", "NON-RECOVERABLE-SOURCE-MARKER",
            "REOPENING-SOURCE-MARKER");
    /** ... and in the source register: a restricted source on that case, the reliability notes of sources. */
    private static final List<String> RESTRICTED = java.util.stream.Stream.concat(Stream.concat(
            CASE_RESTRICTED.stream(), Stream.of("RESTRICTED-LIST-REASON-MARKER")),
            java.util.stream.Stream.of("RESTRICTED-SOURCE-MARKER", "SOURCE-RELIABILITY-MARKER",
                    // ... and of the family's own case's people: another member's contact details, consents, samples
                    "OTHER-ADDRESS-MARKER", "555-0199", "CONSENT-SOURCE-MARKER", "LAB-REFERENCE-MARKER",
                    // ... and of a sighting report correlated with it: all but the allow-listed wording
                    "REPORT-WITNESS-MARKER", "REPORT-DESCRIPTION-MARKER", "CORRELATION-REASON-MARKER")).toList();
    /** What a family reads of a report correlated with its case: its own serviceman's name, date, place. */
    private static final String REPORT_IN_FAMILY_WORDS = "A report of unnamed American prisoners that may include "
            + "Corporal Roger A. Dumas: seen at REPORT-PLACE near Pyongyang, observed 1979.";

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
        // Sighting reports: one correlated with the family's case and the unlinked one (naming it), one
        // with the unlinked case only, one unknown. A family reads none of them; its history only the wording.
        Map<Target, UUID> reports = Map.of(Target.LINKED, reportCorrelatedWith(linked, unlinked),
                Target.UNLINKED, reportCorrelatedWith(unlinked), Target.UNKNOWN, UUID.randomUUID());
        UUID anotherCase = openCase();
        Map<Target, UUID> persons = Map.of(Target.LINKED, peopleOn(linked, true), Target.UNLINKED,
                peopleOn(unlinked, false), Target.UNKNOWN, UUID.randomUUID());
        // Lists and findings: one on the family's case, one only on the unlinked case (named after it), one unknown.
        Map<Target, UUID> lists = Map.of(Target.LINKED, listWith(linked, "Shared roster"),
                Target.UNLINKED, listWith(unlinked, UNLINKED_NAME + " roster"), Target.UNKNOWN, UUID.randomUUID());
        Map<Target, UUID> findings = Map.of(Target.LINKED, findingOn(linked, "Shared finding"),
                Target.UNLINKED, findingOn(unlinked, UNLINKED_NAME + " finding"), Target.UNKNOWN, UUID.randomUUID());
        // Accessions, incidents and camps: one holding the family's case, one holding only the unlinked case.
        UUID identifiedCase = openCase();
        Map<Target, UUID> accessions = Map.of(Target.LINKED, accessionHolding(linked, identifiedCase),
                Target.UNLINKED, accessionHolding(unlinked, identifiedCase), Target.UNKNOWN, UUID.randomUUID());
        Map<Target, UUID> incidents = Map.of(Target.LINKED, placeHolding("/api/incidents", linked),
                Target.UNLINKED, placeHolding("/api/incidents", unlinked), Target.UNKNOWN, UUID.randomUUID());
        Map<Target, UUID> camps = Map.of(Target.LINKED, placeHolding("/api/camps", linked),
                Target.UNLINKED, placeHolding("/api/camps", unlinked), Target.UNKNOWN, UUID.randomUUID());
        Map<Role, Api> as = Map.of(Role.CASEWORKER, caseworker, Role.FAMILY, family, Role.AUDITOR, auditor,
                Role.ADMIN, admin);

        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules(anotherCase, identifiedCase)) {
            for (Role role : Role.values()) {
                for (Target target : Target.values()) {
                    int expected = rule.statuses().get(role)[target.ordinal()];
                    String path = rule.path().replace("{case}", targets.get(target).toString())
                            .replace("{source}", sources.get(target).toString())
                            .replace("{person}", persons.get(target).toString())
                            .replace("{report}", reports.get(target).toString())
                            .replace("{list}", lists.get(target).toString())
                            .replace("{finding}", findings.get(target).toString())
                            .replace("{accession}", accessions.get(target).toString())
                            .replace("{incident}", incidents.get(target).toString())
                            .replace("{camp}", camps.get(target).toString());
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
        reportCorrelatedWith(linked, openCaseNamed(UNLINKED_NAME));
        assertThat(family.get("/api/cases/" + linked + "/history").body()).contains(REPORT_IN_FAMILY_WORDS)
                .doesNotContain(UNLINKED_NAME);
        RESTRICTED.forEach(marker -> assertThat(family.get("/api/cases/" + linked + "/history").body())
                .doesNotContain(marker));
        assertThat(caseworker.get("/api/cases/" + linked + "/history").body()).contains("REPORT-WITNESS-MARKER",
                "REPORT-DESCRIPTION-MARKER", "CORRELATION-REASON-MARKER");
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

    private static List<Rule> rules(UUID anotherCase, UUID identifiedCase) {
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
                new Rule("GET", "/api/cases/{case}?validAt=1970-01-01", null, caseRead),
                new Rule("GET", "/api/cases/{case}?validAt=2999-01-01&asOf=2999-01-01T00:00:00Z", null, caseRead),
                new Rule("GET", "/api/cases/{case}/history?validAt=2999-01-01", null, caseRead),
                new Rule("GET", "/api/cases/{case}/history?validAt=2999-01-01&asOf=2999-01-01T00:00:00Z", null,
                        caseRead),
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
                // In this order: the case is designated (and reopened) once by caseworker on each target.
                new Rule("POST", "/api/cases/{case}/presumptive-findings", Requests.presumptiveFinding(), caseWrite),
                new Rule("POST", "/api/cases/{case}/non-recoverable-designations", Requests.nonRecoverable(),
                        caseWrite),
                new Rule("POST", "/api/cases/{case}/non-recoverable-reopenings", Requests.reopening(), caseWrite),
                new Rule("POST", "/api/cases/{case}/sightings/" + UUID.randomUUID() + "/assessments",
                        Map.of("assessment", "UNRESOLVED", "reason", "matrix"),
                        statuses(new int[]{404, 404, 404}, familyWrite, forbidden, forbidden))));
        rules.addAll(sourceRules(anotherCase, read, familyRead, forbidden, lists));
        rules.addAll(peopleRules(read, familyRead, forbidden, lists, caseWrite));
        rules.addAll(reportRules(anotherCase, read, forbidden));
        rules.addAll(listAndFindingRules(anotherCase, read, familyRead, forbidden, lists));
        rules.addAll(remainsAndPlaceRules(anotherCase, identifiedCase, read, forbidden));
        return rules;
    }

    /** Sighting reports: caseworkers write, caseworkers and auditors read, families and admins get 403. */
    private static List<Rule> reportRules(UUID anotherCase, int[] read, int[] forbidden) {
        int[] everywhere = {200, 200, 200};
        int[] found = {201, 201, 404};
        Map<Role, int[]> staffLists = statuses(everywhere, forbidden, everywhere, forbidden);
        Map<Role, int[]> reportWrite = statuses(found, forbidden, forbidden, forbidden);
        return List.of(
                new Rule("GET", "/api/sighting-reports", null, staffLists),
                new Rule("GET", "/api/sighting-reports/queue", null, staffLists),
                new Rule("GET", "/api/sighting-reports/{report}", null, statuses(read, forbidden, read, forbidden)),
                new Rule("POST", "/api/sighting-reports", Requests.sightingReport(),
                        statuses(new int[]{201, 201, 201}, forbidden, forbidden, forbidden)),
                new Rule("POST", "/api/sighting-reports/{report}/correlations", Map.of("caseId", anotherCase,
                        "assessment", "UNRESOLVED", "reason", "matrix"), reportWrite),
                new Rule("POST", "/api/sighting-reports/{report}/correlations/{case}/assessments",
                        Map.of("assessment", "NOT_CORRELATED", "reason", "matrix"), reportWrite));
    }

    private UUID reportCorrelatedWith(UUID... caseIds) {
        Map<String, Object> body = new LinkedHashMap<>(Requests.sightingReport());
        body.put("witness", "REPORT-WITNESS-MARKER");
        body.put("place", "REPORT-PLACE near Pyongyang");
        body.put("description", "REPORT-DESCRIPTION-MARKER: one of them said he was " + UNLINKED_NAME);
        UUID reportId = UUID.fromString(caseworker.post("/api/sighting-reports", body).expectStatus(201).json()
                .get("reportId").asText());
        for (UUID caseId : caseIds) {
            caseworker.post("/api/sighting-reports/" + reportId + "/correlations", Map.of("caseId", caseId,
                    "assessment", "UNRESOLVED", "reason", "CORRELATION-REASON-MARKER")).expectStatus(201);
        }
        return reportId;
    }

    /**
     * Named lists and findings: reads as for sources (a family only those on its own case, and of them
     * only that case), writes caseworkers'. A membership added by one rule is removed by the next.
     */
    private static List<Rule> listAndFindingRules(UUID anotherCase, int[] read, int[] familyRead, int[] forbidden,
                                                  Map<Role, int[]> lists) {
        int[] found = {201, 201, 404};
        int[] always = {201, 201, 201};
        Map<Role, int[]> listWrite = statuses(found, forbidden, forbidden, forbidden);
        Map<String, Object> membership = Map.of("caseIds", List.of(anotherCase), "source", "matrix", "reason", "matrix");
        return List.of(
                new Rule("GET", "/api/lists", null, lists),
                new Rule("GET", "/api/lists/{list}", null, statuses(read, familyRead, read, forbidden)),
                new Rule("GET", "/api/lists/{list}?page=1&size=1", null, statuses(read, familyRead, read, forbidden)),
                new Rule("POST", "/api/lists", org.fullaccounting.api.namedlists.NamedListsApiTest.list("matrix list"),
                        statuses(always, forbidden, forbidden, forbidden)),
                new Rule("POST", "/api/lists/{list}/revisions", Map.of("version", "matrix", "reason", "matrix"),
                        listWrite),
                new Rule("POST", "/api/lists/{list}/members", membership, listWrite),
                new Rule("POST", "/api/lists/{list}/removals", membership, listWrite),
                new Rule("GET", "/api/findings", null, statuses(new int[]{200, 200, 200}, forbidden,
                        new int[]{200, 200, 200}, forbidden)),
                new Rule("GET", "/api/findings/{finding}", null, statuses(read, familyRead, read, forbidden)),
                new Rule("POST", "/api/findings", org.fullaccounting.api.findings.FindingsApiTest.finding("NOTE",
                        anotherCase), statuses(always, forbidden, forbidden, forbidden)));
    }

    private UUID listWith(UUID caseId, String name) {
        UUID listId = org.fullaccounting.api.namedlists.NamedListsApiTest.create(caseworker,
                org.fullaccounting.api.namedlists.NamedListsApiTest.list(name));
        caseworker.post("/api/lists/" + listId + "/members", Map.of("caseIds", List.of(caseId), "source",
                "matrix", "reason", "RESTRICTED-LIST-REASON-MARKER")).expectStatus(201);
        return listId;
    }

    private UUID findingOn(UUID caseId, String title) {
        Map<String, Object> body = new LinkedHashMap<>(org.fullaccounting.api.findings.FindingsApiTest.finding("NOTE",
                caseId));
        body.put("title", title);
        return UUID.fromString(caseworker.post("/api/findings", body).expectStatus(201).json().get("findingId").asText());
    }

    /**
     * Accessions, incidents and camps: staff's only (a family: 403, their cases are other families' too),
     * written by caseworkers. The identification's case is a candidate of both accessions: identified in
     * the first, it is accounted for, so the second answers 409.
     */
    private static List<Rule> remainsAndPlaceRules(UUID anotherCase, UUID identifiedCase, int[] read,
                                                    int[] forbidden) {
        int[] found = {201, 201, 404};
        int[] created = {201, 201, 201};
        int[] everywhere = {200, 200, 200};
        Map<Role, int[]> staffRead = statuses(read, forbidden, read, forbidden);
        Map<Role, int[]> staffList = statuses(everywhere, forbidden, everywhere, forbidden);
        Map<Role, int[]> write = statuses(found, forbidden, forbidden, forbidden);
        Map<String, Object> candidate = Map.of("caseId", anotherCase.toString(), "reason", "matrix");
        Map<String, Object> link = Map.of("caseIds", List.of(anotherCase), "reason", "matrix");
        return List.of(
                new Rule("POST", "/api/accessions", Map.of("name", "matrix box", "receivedOn", "1993"),
                        statuses(created, forbidden, forbidden, forbidden)),
                new Rule("GET", "/api/accessions", null, staffList),
                new Rule("GET", "/api/accessions/{accession}", null, staffRead),
                new Rule("POST", "/api/accessions/{accession}/candidates", candidate, write),
                new Rule("POST", "/api/accessions/{accession}/exclusions", candidate, write),
                new Rule("POST", "/api/accessions/{accession}/identifications", Map.of("caseId",
                        identifiedCase.toString(), "method", "DENTAL", "identifiedOn", "2004", "sample", "matrix"),
                        statuses(new int[]{201, 409, 404}, forbidden, forbidden, forbidden)),
                new Rule("POST", "/api/incidents", Map.of("name", "matrix incident"),
                        statuses(created, forbidden, forbidden, forbidden)),
                new Rule("GET", "/api/incidents", null, staffList),
                new Rule("GET", "/api/incidents/{incident}", null, staffRead),
                new Rule("POST", "/api/incidents/{incident}/cases", link, write),
                new Rule("POST", "/api/camps", Map.of("name", "matrix camp", "aliases", List.of("matrix alias")),
                        statuses(created, forbidden, forbidden, forbidden)),
                new Rule("GET", "/api/camps?q=alias", null, staffList),
                new Rule("GET", "/api/camps/{camp}", null, staffRead),
                new Rule("POST", "/api/camps/{camp}/cases", link, write),
                new Rule("GET", "/api/cases?campId={camp}", null, statuses(everywhere, everywhere, everywhere,
                        forbidden)));
    }

    private UUID accessionHolding(UUID caseId, UUID alsoCase) {
        UUID accessionId = UUID.fromString(caseworker.post("/api/accessions", Map.of("name", "matrix box",
                "receivedOn", "1993")).expectStatus(201).json().get("accessionId").asText());
        for (UUID candidate : List.of(caseId, alsoCase)) {
            caseworker.post("/api/accessions/" + accessionId + "/candidates", Map.of("caseId", candidate.toString(),
                    "reason", "matrix")).expectStatus(201);
        }
        return accessionId;
    }

    private UUID placeHolding(String path, UUID caseId) {
        UUID id = UUID.fromString(caseworker.post(path, Map.of("name", "matrix place")).expectStatus(201).json()
                .get("id").asText());
        caseworker.post(path + "/" + id + "/cases", Map.of("caseIds", List.of(caseId), "reason", "matrix"))
                .expectStatus(201);
        return id;
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

    /**
     * A case's people: reads as for the case (a family: its allow-listed view), writes caseworkers', the
     * account link admins' and caseworkers' too, the family's own contact details only the family's. The
     * person in a path is the one whose contact details and consents the family must never see.
     */
    private static List<Rule> peopleRules(int[] read, int[] familyRead, int[] forbidden, Map<Role, int[]> lists,
                                          Map<Role, int[]> caseWrite) {
        int[] personWrite = {201, 201, 404};
        // test-family is already the own person's account on the linked case, and no account of the unlinked case
        int[] accountLink = {409, 400, 404};
        Map<Role, int[]> writeOnce = statuses(new int[]{201, 201, 404}, new int[]{403, 404, 404}, forbidden, forbidden);
        return List.of(
                new Rule("GET", "/api/cases/{case}/people", null, statuses(read, familyRead, read, forbidden)),
                new Rule("GET", "/api/board/references", null, lists),
                new Rule("GET", "/api/board/references/missing", null, lists),
                new Rule("POST", "/api/cases/{case}/people", Map.of("name", "Matrix Person", "relationship", "COUSIN"),
                        caseWrite),
                new Rule("POST", "/api/cases/{case}/people/{person}/corrections", Map.of("name", "Corrected",
                        "relationship", "COUSIN", "reason", "matrix"), statuses(new int[]{201, 201, 404},
                        new int[]{403, 404, 404}, forbidden, forbidden)),
                new Rule("POST", "/api/cases/{case}/people/{person}/consents", Map.of("contact", true, "dnaUse", true,
                        "publicity", false, "source", "matrix"), caseWrite),
                new Rule("POST", "/api/cases/{case}/people/{person}/contact-details", Map.of("phone", "1"), writeOnce),
                new Rule("POST", "/api/cases/{case}/people/{person}/primary", Map.of("reason", "matrix"),
                        statuses(new int[]{409, 409, 404}, new int[]{403, 404, 404}, forbidden, forbidden)),
                new Rule("POST", "/api/cases/{case}/people/{person}/account", Map.of("username", "test-family",
                        "reason", "matrix"), statuses(accountLink, new int[]{403, 404, 404}, forbidden, accountLink)),
                new Rule("POST", "/api/cases/{case}/people/me/contact-details", Map.of("phone", "2"),
                        statuses(forbidden, new int[]{201, 404, 404}, forbidden, forbidden)),
                new Rule("POST", "/api/cases/{case}/samples", Map.of("donorId", UUID.randomUUID().toString(),
                        "type", "MTDNA", "line", "MATERNAL", "requestedOn", "2005-03-01"),
                        statuses(new int[]{400, 400, 404}, new int[]{403, 404, 404}, forbidden, forbidden)),
                new Rule("POST", "/api/cases/{case}/samples/" + UUID.randomUUID() + "/receipt",
                        Map.of("receivedOn", "2005-03-01"), statuses(new int[]{404, 404, 404}, new int[]{403, 404, 404},
                                forbidden, forbidden)),
                new Rule("POST", "/api/cases/{case}/people/{person}/death", Map.of("diedOn", "2021-02-06",
                        "source", "matrix"), writeOnce));
    }

    /**
     * The person (returned) is the case's primary next of kin with contact details, consents and a processed
     * sample; on the family's case, the family's own account is another person's.
     */
    private UUID peopleOn(UUID caseId, boolean familyCase) {
        String base = "/api/cases/" + caseId;
        UUID other = org.fullaccounting.api.people.PeopleApiTest.addPerson(caseworker, caseId,
                familyCase ? "Primary Person" : UNLINKED_NAME + " Sister", "SISTER");
        caseworker.post(base + "/people/" + other + "/primary", Map.of("reason", "matrix")).expectStatus(201);
        caseworker.post(base + "/people/" + other + "/contact-details", Map.of("address", "OTHER-ADDRESS-MARKER",
                "phone", "555-0199")).expectStatus(201);
        caseworker.post(base + "/people/" + other + "/consents", Map.of("contact", true, "dnaUse", true,
                "publicity", true, "source", "CONSENT-SOURCE-MARKER")).expectStatus(201);
        UUID sample = UUID.fromString(caseworker.post(base + "/samples", Map.of("donorId", other.toString(),
                "type", "MTDNA", "line", "MATERNAL", "requestedOn", "2005-03-01")).expectStatus(201).json()
                .get("id").asText());
        caseworker.post(base + "/samples/" + sample + "/receipt", Map.of("receivedOn", "2005-03-02")).expectStatus(201);
        caseworker.post(base + "/samples/" + sample + "/processing", Map.of("processedOn", "2005-03-03",
                "labReference", "LAB-REFERENCE-MARKER")).expectStatus(201);
        if (familyCase) {
            UUID own = org.fullaccounting.api.people.PeopleApiTest.addPerson(caseworker, caseId, "Own Person", "NEPHEW");
            admin.post(base + "/people/" + own + "/account", Map.of("username", "test-family", "reason", "matrix"))
                    .expectStatus(201);
        }
        return other;
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
        // A family sees the determinations, not the analysts' sources of a non-recoverable conclusion.
        caseworker.post(path + "/non-recoverable-designations", with(Requests.nonRecoverable(), "source",
                "NON-RECOVERABLE-SOURCE-MARKER")).expectStatus(201);
        caseworker.post(path + "/non-recoverable-reopenings", with(Requests.reopening(), "source",
                "REOPENING-SOURCE-MARKER")).expectStatus(201);
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
