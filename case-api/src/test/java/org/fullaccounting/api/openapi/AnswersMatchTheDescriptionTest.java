package org.fullaccounting.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.FullAccountingApplication;
import org.fullaccounting.projections.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.sources.AttachmentsApiTest;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of /v3/api-docs, driven over HTTP to a success and to the refusals it documents;
 * each real answer (status, headers, body) must be what the description says (Atlassian's
 * swagger-request-validator). A new operation fails the last test until a line here exercises it:
 * {@code check(caseworker.get("/api/new"))} for its success and one for a refusal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnswersMatchTheDescriptionTest extends ApiTest {

    private static final String NDJSON = "application/x-ndjson";
    private static DescribedOperations described;
    /** Operations that answer text/csv when asked (CaseListCsvTest). */
    private static final Set<String> ANSWERING_CSV = Set.of("GET /api/cases", "GET /api/imports/{importId}/report");

    @BeforeEach
    void readTheDescription() throws Exception {
        if (described == null) {
            described = new DescribedOperations(caseworker.get("/v3/api-docs").expectStatus(200).body());
        }
    }

    private static Api.Response check(Api.Response answer) {
        return described.check(answer);
    }

    @Test
    @Order(1)
    void openingAndReadingACaseAnswerAsDescribed() {
        String number = uniqueServiceNumber();
        Api.Response opened = check(caseworker.post("/api/cases", Requests.caseOpening(number),
                "Idempotency-Key", "open-" + number, "X-Request-Id", "described-1")).expectStatus(201);
        String id = opened.json().get("caseId").asText();
        check(caseworker.post("/api/cases", Requests.caseOpening(number))).expectProblem(409, "DUPLICATE_SERVICE_NUMBER");
        check(caseworker.post("/api/cases", Requests.with(Requests.caseOpening(number), "rank", "Private"),
                "Idempotency-Key", "open-" + number)).expectProblem(422, "IDEMPOTENCY_KEY_REUSED");
        check(caseworker.post("/api/cases", Map.of())).expectProblem(400, "VALIDATION_FAILED");
        check(caseworker.postRaw("/api/cases", "serviceNumber=1", "Content-Type", "text/plain"))
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
        check(anonymous.post("/api/cases", Requests.caseOpening(uniqueServiceNumber())))
                .expectProblem(401, "UNAUTHENTICATED");
        check(family.post("/api/cases", Requests.caseOpening(uniqueServiceNumber()))).expectProblem(403, "FORBIDDEN");
        check(caseworker.get("/api/cases/" + id)).expectStatus(200);
        check(caseworker.get("/api/cases/" + id + "/case-file.pdf")).expectStatus(200);
        check(caseworker.get("/api/cases/" + UUID.randomUUID() + "/case-file.pdf")).expectProblem(404, "UNKNOWN_CASE");
        check(caseworker.get("/api/cases?q=Dumas", "Accept", "text/csv")).expectStatus(200);
        check(caseworker.get("/api/cases?lossFrom=1951&lossTo=1950", "Accept", "text/csv"))
                .expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get("/api/cases/" + id + "?asOf=2020-01-01T00:00:00Z")).expectProblem(404, "UNKNOWN_CASE");
        check(caseworker.get("/api/cases/" + id + "?asOf=yesterday")).expectProblem(400, "INVALID_PARAMETER");
        check(family.get("/api/cases/" + id)).expectProblem(404, "UNKNOWN_CASE");
        check(caseworker.get("/api/cases/" + id, "Accept", "text/csv")).expectProblem(406, "NOT_ACCEPTABLE");
    }

    @Test
    @Order(2)
    void everyEntryAnswersAsDescribed() {
        String id = openCase().toString();
        String cases = "/api/cases/" + id;
        JsonNode sighting = check(caseworker.post(cases + "/sightings", Requests.sighting(), "If-Match", "\"1\""))
                .expectStatus(201).json();
        check(caseworker.post(cases + "/sightings", Requests.sighting(), "If-Match", "\"1\""))
                .expectProblem(412, "STALE_VERSION");
        check(caseworker.post("/api/cases/" + UUID.randomUUID() + "/sightings", Requests.sighting()))
                .expectProblem(404, "UNKNOWN_CASE");
        String assessments = cases + "/sightings/" + sighting.get("entryId").asText() + "/assessments";
        Map<String, Object> assessment = Map.of("assessment", "UNRESOLVED", "reason", "no second source");
        check(caseworker.post(assessments, assessment)).expectStatus(201);
        check(caseworker.post(assessments, assessment)).expectProblem(409, "SAME_ASSESSMENT");
        check(caseworker.post(cases + "/sightings/" + UUID.randomUUID() + "/assessments", assessment))
                .expectProblem(404, "UNKNOWN_SIGHTING");
        check(caseworker.post(cases + "/reclassifications", Requests.reclassification("PRISONER_OF_WAR", "1983")))
                .expectStatus(201);
        check(caseworker.post(cases + "/reclassifications", Requests.reclassification("PRISONER_OF_WAR", "1984")))
                .expectProblem(409, "SAME_STATUS");
        check(caseworker.post(cases + "/correspondence", Requests.correspondence())).expectStatus(201);
        check(caseworker.post(cases + "/correspondence", Requests.with(Requests.correspondence(), "kind", "FAX")))
                .expectProblem(400, "MALFORMED_FIELD");
        entriesOfCaptivityRemainsAndNotes(cases);
        determinations(cases);
        check(caseworker.get(cases + "?validAt=1970-01-01")).expectStatus(200);
        check(caseworker.get(cases + "?validAt=1970")).expectProblem(400, "INVALID_PARAMETER");
    }

    private void determinations(String cases) {
        check(caseworker.post(cases + "/presumptive-findings", Requests.presumptiveFinding())).expectStatus(201);
        check(caseworker.post(cases + "/presumptive-findings", Requests.presumptiveFinding()))
                .expectProblem(409, "NOT_IN_MISSING_STATUS");
        check(caseworker.post(cases + "/non-recoverable-reopenings", Requests.reopening()))
                .expectProblem(409, "NOT_NON_RECOVERABLE");
        check(caseworker.post(cases + "/non-recoverable-designations", Requests.nonRecoverable())).expectStatus(201);
        check(caseworker.post(cases + "/non-recoverable-designations", Requests.nonRecoverable()))
                .expectProblem(409, "ALREADY_NON_RECOVERABLE");
        check(caseworker.post(cases + "/non-recoverable-reopenings", Requests.reopening())).expectStatus(201);
    }

    private void entriesOfCaptivityRemainsAndNotes(String cases) {
        check(caseworker.post(cases + "/captivity", Map.of("kind", "INTERNED", "camp", "POW Camp 5",
                "place", "Pyoktong", "source", "family petition"))).expectStatus(201);
        check(caseworker.post(cases + "/captivity", Map.of("camp", "POW Camp 5", "source", "family petition")))
                .expectProblem(400, "VALIDATION_FAILED");
        check(caseworker.post(cases + "/remains", Map.of("kind", "IDENTIFIED", "date", "1955", "method", "DENTAL",
                "source", "lab report"))).expectProblem(409, "NO_REMAINS_RECOVERED");
        check(caseworker.post(cases + "/remains", Map.of("kind", "RECOVERED", "date", "1954", "place", "Pyoktong",
                "source", "recovery report"))).expectStatus(201);
        JsonNode note = check(caseworker.post(cases + "/notes", Map.of("text", "the sources disagree")))
                .expectStatus(201).json();
        check(caseworker.post(cases + "/notes", Map.of("text", ""))).expectProblem(400, "VALIDATION_FAILED");
        Map<String, Object> lastSeen = Map.of("designated", true, "source", "family petition", "reason", "led away");
        check(caseworker.post(cases + "/last-seen-alive", lastSeen)).expectStatus(201);
        check(caseworker.post(cases + "/last-seen-alive", lastSeen)).expectProblem(409, "ALREADY_LAST_SEEN_ALIVE");
        Map<String, Object> retraction = Map.of("entryId", note.get("entryId").asText(), "action", "RETRACT",
                "reason", "entered on the wrong case");
        check(caseworker.post(cases + "/corrections", retraction)).expectStatus(201);
        check(caseworker.post(cases + "/corrections", retraction)).expectProblem(409, "ENTRY_RETRACTED");
    }

    @Test
    @Order(3)
    void listsAndHistoriesAnswerAsDescribed() {
        String id = openCase().toString();
        for (String list : new String[]{"/api/cases?lossFrom=1950&sort=name", "/api/search?q=Dumas",
                "/api/sightings?assessment=UNASSESSED", "/api/sightings/queue", "/api/correspondence?from=1954-05",
                "/api/board"}) {
            check(caseworker.get(list)).expectStatus(200);
        }
        check(caseworker.get("/api/cases?size=0")).expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get("/api/search")).expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get("/api/sightings?assessment=MAYBE")).expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get("/api/sightings/queue?page=-1")).expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get("/api/correspondence?from=May")).expectProblem(400, "INVALID_PARAMETER");
        check(anonymous.get("/api/board")).expectProblem(401, "UNAUTHENTICATED");
        check(family.get("/api/my/cases")).expectStatus(200);
        check(anonymous.get("/api/my/cases")).expectProblem(401, "UNAUTHENTICATED");
        check(caseworker.get("/api/cases/" + id + "/history?minVersion=1")).expectStatus(200);
        check(caseworker.get("/api/cases/" + id + "/history?minVersion=1000")).expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get("/api/cases/" + UUID.randomUUID() + "/history")).expectProblem(404, "UNKNOWN_CASE");
    }

    @Test
    @Order(3)
    void theSourceRegisterAnswersAsDescribed() {
        UUID caseId = openCase();
        Api.Response created = check(caseworker.post("/api/sources", Requests.with(Requests.source("Described memo"),
                "date", "1953-08-05/1953-09-06"))).expectStatus(201);
        String sources = "/api/sources/" + created.json().get("sourceId").asText();
        check(caseworker.post("/api/sources", Requests.with(Requests.source("x"), "date", "1953-13")))
                .expectProblem(400, "VALIDATION_FAILED");
        check(family.post("/api/sources", Requests.source("x"))).expectProblem(403, "FORBIDDEN");
        check(caseworker.get("/api/sources?q=described+memo")).expectStatus(200);
        check(family.get("/api/sources")).expectStatus(200);
        check(caseworker.get("/api/sources?limit=0")).expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get(sources)).expectStatus(200);
        check(family.get(sources)).expectProblem(404, "UNKNOWN_SOURCE");
        Map<String, Object> correction = Requests.with(Requests.source("Described memo, corrected"), "reason", "typo");
        check(caseworker.post(sources + "/corrections", correction)).expectStatus(201);
        check(caseworker.post(sources + "/corrections", correction)).expectProblem(409, "SAME_DESCRIPTION");
        Map<String, Object> link = Map.of("caseIds", List.of(caseId.toString()), "reason", "concerns the case");
        check(caseworker.post(sources + "/cases", link)).expectStatus(201);
        check(caseworker.post(sources + "/cases", link)).expectProblem(409, "ALREADY_LINKED");
        check(caseworker.post("/api/sources/" + UUID.randomUUID() + "/cases", link)).expectProblem(404, "UNKNOWN_SOURCE");
        check(AttachmentsApiTest.upload(caseworker, sources + "/attachments", "memo.txt", "text/plain",
                AttachmentsApiTest.TEXT)).expectStatus(201);
        check(AttachmentsApiTest.upload(caseworker, sources + "/attachments", "memo.pdf", "application/pdf",
                AttachmentsApiTest.ZIP)).expectProblem(415, "UNSUPPORTED_FILE_TYPE");
        check(caseworker.get(sources + "/attachments/1")).expectStatus(200);
        check(caseworker.get(sources + "/attachments/2")).expectProblem(404, "UNKNOWN_ATTACHMENT");
    }

    @Test
    @Order(3)
    void sightingReportsAnswerAsDescribed() {
        UUID caseId = openCase();
        Api.Response filed = check(caseworker.post("/api/sighting-reports", Requests.with(Requests.sightingReport(),
                "observedOn", "1979-06/1979-09"))).expectStatus(201);
        String report = "/api/sighting-reports/" + filed.json().get("reportId").asText();
        check(caseworker.post("/api/sighting-reports", Requests.with(Requests.sightingReport(), "reportedOn", "1970")))
                .expectProblem(400, "REPORTED_BEFORE_OBSERVED");
        check(caseworker.get("/api/sighting-reports")).expectStatus(200);
        check(family.get("/api/sighting-reports")).expectProblem(403, "FORBIDDEN");
        check(auditor.get("/api/sighting-reports/queue")).expectStatus(200);
        check(caseworker.get("/api/sighting-reports/queue?limit=0")).expectProblem(400, "INVALID_PARAMETER");
        Map<String, Object> correlation = Map.of("caseId", caseId.toString(), "assessment", "UNRESOLVED",
                "reason", "captured near Anju");
        check(caseworker.post(report + "/correlations", correlation)).expectStatus(201);
        check(caseworker.post(report + "/correlations", correlation)).expectProblem(409, "ALREADY_CORRELATED");
        check(caseworker.get(report)).expectStatus(200);
        check(caseworker.get("/api/sighting-reports/" + UUID.randomUUID())).expectProblem(404, "UNKNOWN_REPORT");
        Map<String, Object> assessment = Map.of("assessment", "NOT_CORRELATED", "reason", "died in 1951");
        check(caseworker.post(report + "/correlations/" + caseId + "/assessments", assessment)).expectStatus(201);
        check(caseworker.post(report + "/correlations/" + caseId + "/assessments", assessment))
                .expectProblem(409, "SAME_ASSESSMENT");
    }

    @Test
    void peopleAndReferenceSamplesAnswerAsDescribed() {
        UUID caseId = openCase();
        String base = "/api/cases/" + caseId;
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        String bob = base + "/people/" + check(caseworker.post(base + "/people", Map.of("name", "Bob",
                "relationship", "BROTHER"))).expectStatus(201).json().get("id").asText();
        String bill = check(caseworker.post(base + "/people", Map.of("name", "Bill", "relationship", "NEPHEW")))
                .expectStatus(201).json().get("id").asText();
        check(caseworker.post(bob + "/corrections", Map.of("name", "Robert (Bob) Dumas", "relationship", "BROTHER",
                "reason", "as in his obituary"))).expectStatus(201);
        check(caseworker.post(bob + "/primary", Map.of("reason", "spokesman"))).expectStatus(201);
        check(caseworker.post(bob + "/contact-details", Map.of("phone", "+1 860 555 0100"))).expectStatus(201);
        check(caseworker.post(bob + "/consents", Map.of("contact", true, "dnaUse", true, "publicity", false,
                "source", "signed form"))).expectStatus(201);
        check(admin.post(base + "/people/" + bill + "/account", Map.of("username", "test-family", "reason",
                "his own"))).expectStatus(201);
        check(family.post(base + "/people/me/contact-details", Map.of("email", "bill@example.org")))
                .expectStatus(201);
        String sample = base + "/samples/" + check(caseworker.post(base + "/samples", Map.of("donorId",
                bob.substring(bob.lastIndexOf('/') + 1), "type", "MTDNA", "line", "MATERNAL", "requestedOn",
                "2005-03-01"))).expectStatus(201).json().get("id").asText();
        check(caseworker.post(sample + "/processing", Map.of("processedOn", "2005-05-01", "labReference", "L-1")))
                .expectProblem(409, "SAMPLE_OUT_OF_ORDER");
        check(caseworker.post(sample + "/receipt", Map.of("receivedOn", "2005-04-01"))).expectStatus(201);
        check(caseworker.post(sample + "/processing", Map.of("processedOn", "2005-05-01", "labReference", "L-1")))
                .expectStatus(201);
        check(caseworker.post(bob + "/death", Map.of("diedOn", "2021-02-06", "source", "Beacon",
                "successorId", bill))).expectStatus(201);
        check(caseworker.post(bob + "/primary", Map.of("reason", "x"))).expectProblem(409, "PERSON_DECEASED");
        check(caseworker.get(base + "/people")).expectStatus(200);
        check(family.get(base + "/people")).expectStatus(200);
        check(caseworker.get("/api/board/references")).expectStatus(200);
        check(caseworker.get("/api/board/references/missing")).expectStatus(200);
    }

    @Test
    void namedListsAndFindingsAnswerAsDescribed() {
        UUID caseId = openCase();
        Api.Response created = check(caseworker.post("/api/lists",
                org.fullaccounting.api.namedlists.NamedListsApiTest.list("Described roster"))).expectStatus(201);
        String list = "/api/lists/" + created.json().get("listId").asText();
        check(caseworker.post("/api/lists", Requests.with(org.fullaccounting.api.namedlists.NamedListsApiTest
                .list("x"), "date", "1953-13"))).expectProblem(400, "VALIDATION_FAILED");
        check(caseworker.get("/api/lists")).expectStatus(200);
        check(admin.get("/api/lists")).expectProblem(403, "FORBIDDEN");
        check(caseworker.get(list)).expectStatus(200);
        check(family.get(list)).expectProblem(404, "UNKNOWN_LIST");
        Map<String, Object> revision = Map.of("version", "2", "reason", "new edition");
        check(caseworker.post(list + "/revisions", revision)).expectStatus(201);
        check(caseworker.post(list + "/revisions", revision)).expectProblem(409, "SAME_DESCRIPTION");
        Map<String, Object> members = Map.of("caseIds", List.of(caseId.toString()), "source", "roster",
                "reason", "named");
        check(caseworker.post(list + "/members", members)).expectStatus(201);
        check(caseworker.post(list + "/members", members)).expectProblem(409, "ALREADY_ON_LIST");
        check(caseworker.post(list + "/removals", members)).expectStatus(201);
        check(caseworker.post(list + "/removals", members)).expectProblem(409, "NOT_ON_LIST");
        Map<String, Object> finding = org.fullaccounting.api.findings.FindingsApiTest.finding("NOTE", caseId);
        Api.Response made = check(caseworker.post("/api/findings", finding)).expectStatus(201);
        check(caseworker.post("/api/findings", Requests.with(finding, "effect", "STATUS_CHANGE")))
                .expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get("/api/findings")).expectStatus(200);
        check(family.get("/api/findings")).expectProblem(403, "FORBIDDEN");
        check(caseworker.get("/api/findings/" + made.json().get("findingId").asText())).expectStatus(200);
        check(caseworker.get("/api/findings/" + UUID.randomUUID())).expectProblem(404, "UNKNOWN_FINDING");
    }

    @Test
    void theAccessionsIncidentsAndCampsAnswerAsDescribed() {
        UUID caseId = openCase();
        String accession = "/api/accessions/" + check(caseworker.post("/api/accessions", Map.of("name", "K208 Box 1",
                "receivedOn", "1993"))).expectStatus(201).json().get("accessionId").asText();
        check(caseworker.post("/api/accessions", Map.of("name", "x", "receivedOn", "1993-13")))
                .expectProblem(400, "VALIDATION_FAILED");
        check(caseworker.get("/api/accessions")).expectStatus(200);
        check(family.get("/api/accessions")).expectProblem(403, "FORBIDDEN");
        check(caseworker.get(accession)).expectStatus(200);
        check(caseworker.get("/api/accessions/" + UUID.randomUUID())).expectProblem(404, "UNKNOWN_ACCESSION");
        Map<String, Object> candidate = Map.of("caseId", caseId.toString(), "reason", "same unit");
        check(caseworker.post(accession + "/candidates", candidate)).expectStatus(201);
        check(caseworker.post(accession + "/candidates", candidate)).expectProblem(409, "ALREADY_CANDIDATE");
        Map<String, Object> identification = Map.of("caseId", caseId.toString(), "method", "DENTAL",
                "identifiedOn", "2004", "sample", "chart 1");
        check(caseworker.post(accession + "/identifications", identification)).expectStatus(201);
        check(caseworker.post(accession + "/identifications", identification)).expectProblem(409, "ALREADY_IDENTIFIED");
        UUID other = openCase();
        check(caseworker.post(accession + "/candidates", Map.of("caseId", other.toString(), "reason", "same unit")))
                .expectStatus(201);
        check(caseworker.post(accession + "/exclusions", Map.of("caseId", other.toString(), "reason", "no")))
                .expectStatus(201);
        check(caseworker.post(accession + "/exclusions", Map.of("caseId", other.toString(), "reason", "no")))
                .expectProblem(409, "CANDIDATE_EXCLUDED");
        for (String kind : List.of("incidents", "camps")) {
            String record = "/api/" + kind + "/" + check(caseworker.post("/api/" + kind, Map.of("name", "Camp 5")))
                    .expectStatus(201).json().get("id").asText();
            check(caseworker.post("/api/" + kind, Map.of("name", " "))).expectProblem(400, "VALIDATION_FAILED");
            check(caseworker.get("/api/" + kind + "?q=camp")).expectStatus(200);
            check(family.get("/api/" + kind)).expectProblem(403, "FORBIDDEN");
            check(caseworker.get(record)).expectStatus(200);
            check(caseworker.get("/api/" + kind + "/" + UUID.randomUUID())).expectStatus(404);
            Map<String, Object> link = Map.of("caseIds", List.of(caseId.toString()), "reason", "debrief");
            check(caseworker.post(record + "/cases", link)).expectStatus(201);
            check(caseworker.post(record + "/cases", link)).expectProblem(409, "ALREADY_LINKED");
        }
    }

    @Test
    @Order(4)
    void theAuditorsOperationsAnswerAsDescribed() {
        String id = openCase().toString();
        check(auditor.get("/api/audit/events?limit=5")).expectStatus(200);
        check(auditor.get("/api/audit/events?after=-1")).expectProblem(400, "INVALID_PARAMETER");
        check(caseworker.get("/api/audit/events")).expectProblem(403, "FORBIDDEN");
        check(auditor.get("/api/audit/cases/" + id + "/verify")).expectStatus(200);
        check(auditor.get("/api/audit/cases/" + UUID.randomUUID() + "/verify")).expectProblem(404, "UNKNOWN_CASE");
        check(auditor.get("/api/audit/access-log?caseId=" + id)).expectStatus(200);
        check(auditor.get("/api/audit/access-log?limit=0")).expectProblem(400, "INVALID_PARAMETER");
        Api.Response archive = check(auditor.get("/api/audit/export")).expectStatus(200);
        check(caseworker.get("/api/audit/export")).expectProblem(403, "FORBIDDEN");
        check(auditor.get("/api/audit/export/manifest?archive=" + archive.header("X-Archive-Id"))).expectStatus(200);
        check(auditor.get("/api/audit/export/manifest?archive=" + UUID.randomUUID()))
                .expectProblem(404, "UNKNOWN_ARCHIVE");
        check(auditor.postBytes("/api/audit/export/check", archive.body().getBytes(StandardCharsets.UTF_8),
                "Content-Type", NDJSON)).expectStatus(200);
        check(auditor.postBytes("/api/audit/export/check", "not an archive\n".getBytes(StandardCharsets.UTF_8),
                "Content-Type", NDJSON)).expectProblem(400, "INVALID_ARCHIVE");
    }

    @Test
    @Order(5)
    void theAdminsOperationsAnswerAsDescribed() {
        String name = "described-" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        Map<String, Object> account = Map.of("username", name, "password", "a long enough password",
                "roles", new String[]{"FAMILY"});
        check(admin.post("/api/admin/users", account)).expectStatus(201);
        check(admin.post("/api/admin/users", account)).expectProblem(409, "ACCOUNT_EXISTS");
        check(admin.post("/api/admin/users", Map.of("username", name))).expectProblem(400, "VALIDATION_FAILED");
        check(admin.get("/api/admin/users")).expectStatus(200);
        check(caseworker.get("/api/admin/users")).expectProblem(403, "FORBIDDEN");
        String id = openCase().toString();
        Map<String, Object> link = Map.of("username", name, "caseId", id, "reason", "next of kin");
        check(admin.post("/api/admin/family-links", link)).expectStatus(201);
        check(admin.post("/api/admin/family-links", link)).expectProblem(409, "ALREADY_LINKED");
        check(admin.post("/api/admin/family-links", Map.of("username", name, "caseId", UUID.randomUUID(),
                "reason", "next of kin"))).expectProblem(404, "UNKNOWN_CASE");
        String unlink = "/api/admin/family-links/" + name + "/" + id + "?reason=linked+in+error";
        check(admin.delete(unlink)).expectStatus(200);
        check(admin.delete(unlink)).expectProblem(409, "NOT_LINKED");
        readModelOperations();
        restoreOperations();
    }

    /** A restore needs an empty installation: a second application on a fresh database takes an empty archive. */
    private void restoreOperations() {
        byte[] empty = ("{\"manifest\":{\"format\":\"full-accounting-archive/1\",\"events\":0,\"lastPosition\":0,"
                + "\"cases\":[]}}\n").getBytes(StandardCharsets.UTF_8);
        check(admin.postBytes("/api/admin/restore", empty, "Content-Type", NDJSON))
                .expectProblem(409, "INSTALLATION_NOT_EMPTY");
        check(admin.get("/api/admin/restore/" + UUID.randomUUID())).expectProblem(404, "UNKNOWN_RESTORE");
        TestDatabase.Database fresh = TestDatabase.freshOwnedBy(ROLES.owner());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FullAccountingApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + fresh.url(),
                "--spring.datasource.username=" + ROLES.app(), "--spring.datasource.password=" + ROLES.appPassword(),
                "--spring.flyway.user=" + ROLES.owner(), "--spring.flyway.password=" + ROLES.ownerPassword(),
                "--fa.sample-data=false", "--fa.admin-password=" + ADMIN_PASSWORD)) {
            Api restoring = Api.at(((WebServerApplicationContext) app).getWebServer().getPort())
                    .as("admin", ADMIN_PASSWORD);
            Api.Response accepted = check(restoring.postBytes("/api/admin/restore", empty, "Content-Type", NDJSON))
                    .expectStatus(202);
            Eventually.until("the empty restore ended", () -> check(restoring.get(accepted.header("Location")))
                    .expectStatus(200).json(), status -> status.get("state").asText().equals("DONE"));
        }
    }

    private void readModelOperations() {
        check(admin.get("/api/admin/projections")).expectStatus(200);
        check(admin.get("/api/admin/projections/consistency")).expectStatus(200);
        check(caseworker.get("/api/admin/projections")).expectProblem(403, "FORBIDDEN");
        check(auditor.get("/api/admin/projections/consistency")).expectProblem(403, "FORBIDDEN");
        check(admin.get("/api/admin/projections/sightings/dead-letters")).expectStatus(200);
        check(admin.get("/api/admin/projections/nothing/dead-letters")).expectProblem(404, "UNKNOWN_PROJECTION");
        check(admin.postRaw("/api/admin/projections/sightings/dead-letters/retry", "")).expectStatus(200);
        check(admin.postRaw("/api/admin/projections/nothing/dead-letters/retry", ""))
                .expectProblem(404, "UNKNOWN_PROJECTION");
        Api.Response replay = check(admin.postRaw("/api/admin/projections/sightings/replay", "")).expectStatus(202);
        Eventually.until("the sightings replay reset and rejoined",
                () -> check(admin.get(replay.header("Location"))).expectStatus(200).json(),
                status -> status.get("rejoined").asBoolean());
        check(admin.get("/api/admin/projections/sightings/replays/latest")).expectStatus(200);
        check(admin.get("/api/admin/projections/sightings/replays/999999999")).expectProblem(404, "UNKNOWN_REPLAY");
        check(admin.postRaw("/api/admin/projections/nothing/replay", "")).expectProblem(404, "UNKNOWN_PROJECTION");
        Eventually.until("the sightings model caught up again", () -> admin.get("/api/admin/projections").json(),
                statuses -> {
                    for (JsonNode status : statuses) {
                        if (status.path("replaying").asBoolean() || !status.path("caughtUp").asBoolean()) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    @Order(6)
    void everyOperationRefusesAStrangerAndAnAnswerNobodyCanAcceptAsDescribed() {
        for (String operation : described.documented().keySet()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1)
                    .replace("{name}", "history").replace("{username}", "nobody")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            check(send(anonymous, method, path)).expectProblem(401, "UNAUTHENTICATED");
            Api allowed = path.startsWith("/api/admin") ? admin : path.startsWith("/api/audit") ? auditor : caseworker;
            String consumes = described.consumes(operation);
            if (consumes != null && !consumes.equals("application/json")) {
                // An upload: a well-formed multipart body, with the one header (X-Requested-With) an upload
                // must carry past the cross-origin guard; other types: an empty body of that type.
                boolean upload = consumes.startsWith("multipart/");
                byte[] body = upload ? ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\nplain text\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8)
                        : new byte[0];
                check(allowed.postBytes(path, body, "Content-Type", upload ? consumes + "; boundary=b" : consumes,
                        "Accept", "text/csv", "X-Requested-With", "test"))
                        .expectProblem(406, "NOT_ACCEPTABLE");
            } else if (!ANSWERING_CSV.contains(operation)) {
                check(send(allowed, method, path, "Accept", "text/csv")).expectProblem(406, "NOT_ACCEPTABLE");
            } else {
                check(send(allowed, method, path, "Accept", "application/pdf")).expectProblem(406, "NOT_ACCEPTABLE");
            }
            if (described.takingABody().contains(operation)) {
                check(allowed.postRaw(path, "{\"unfinished\": ", "Content-Type", "application/json"))
                        .expectProblem(400, "MALFORMED_REQUEST");
                check(allowed.postRaw(path, "text", "Content-Type", "text/plain"))
                        .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
            }
        }
    }

    @Test
    @Order(7)
    void aNameSignedInWrongTooOftenIsThrottledAsDescribed() {
        Api guesser = Api.at(port).as("guesser-" + UUID.randomUUID().toString().substring(0, 8), "not the password");
        int status = 401;
        for (int attempt = 0; attempt < 10 && status == 401; attempt++) {
            status = check(guesser.get("/api/board")).status();
        }
        assertThat(status).as("after repeated wrong passwords").isEqualTo(429);
        check(guesser.get("/api/board")).expectProblem(429, "TOO_MANY_FAILED_SIGN_INS");
    }

    private static Api.Response send(Api api, String method, String path, String... headers) {
        return switch (method) {
            case "GET" -> api.get(path, headers);
            case "DELETE" -> api.delete(path, headers);
            case "POST" -> api.post(path, Map.of(), headers);
            default -> throw new IllegalArgumentException("no way to send " + method + " yet: add it here");
        };
    }

    @Test
    @Order(8)
    void importsAnswerAsDescribed() throws InterruptedException {
        String number = uniqueServiceNumber();
        byte[] list = ("service_number,family_name,branch,status,source\n" + number + ",Doe,ARMY,MISSING_IN_ACTION,"
                + "list\nX" + number + ",,ARMY,MISSING_IN_ACTION,list\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String location = check(caseworker.postBytes("/api/imports?fileName=described.csv", list,
                "Content-Type", "text/csv")).expectStatus(202).header("Location");
        for (int i = 0; i < 300 && check(caseworker.get(location)).expectStatus(200).json().get("state").asText()
                .equals("RUNNING"); i++) {
            Thread.sleep(100);
        }
        check(caseworker.get(location + "/report")).expectStatus(200);
        check(caseworker.get(location + "/report", "Accept", "text/csv")).expectStatus(200);
        check(caseworker.postBytes("/api/imports", "a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Content-Type", "text/csv")).expectProblem(400, "INVALID_FILE");
        check(caseworker.postBytes("/api/imports", list, "Content-Type", "text/plain"))
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
        check(auditor.postBytes("/api/imports", list, "Content-Type", "text/csv")).expectProblem(403, "FORBIDDEN");
        check(caseworker.get("/api/imports/" + UUID.randomUUID())).expectProblem(404, "UNKNOWN_IMPORT");
        check(caseworker.get("/api/imports/" + UUID.randomUUID() + "/report")).expectProblem(404, "UNKNOWN_IMPORT");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyAnswerMatchedAndEveryDescribedOperationWasExercisedToASuccessAndARefusal() {
        assertThat(described.mismatches()).as("answers that differ from /v3/api-docs").isEmpty();
        Map<String, Set<String>> missing = new TreeMap<>();
        described.documented().forEach((operation, statuses) -> {
            Set<String> seen = described.seen().getOrDefault(operation, Set.of());
            boolean success = seen.stream().anyMatch(s -> s.startsWith("2"));
            boolean refusal = seen.stream().anyMatch(s -> s.startsWith("4") || s.startsWith("5"));
            if (!success || !refusal) {
                missing.put(operation, seen);
            }
        });
        assertThat(missing).as("operations not exercised to a success and a refusal (statuses seen)").isEmpty();
        long pairs = described.seen().values().stream().mapToLong(Set::size).sum();
        System.out.printf("AnswersMatchTheDescriptionTest: %d operations, %d (operation, status) pairs of %d "
                        + "documented exercised, %d answers checked%n", described.documented().size(), pairs,
                described.documented().values().stream().mapToLong(Set::size).sum(), described.checked());
    }
}
