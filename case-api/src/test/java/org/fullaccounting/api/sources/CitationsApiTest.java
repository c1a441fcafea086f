package org.fullaccounting.api.sources;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.web.WebSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.with;

/**
 * Case entries cite registered sources; the history shows each cited source as the register
 * describes it now, and each source linked to the case once. A family sees only unrestricted ones.
 */
class CitationsApiTest extends ApiTest {

    @Test
    void anEntryCitingARegisteredSourceShowsItsTitleReferenceAndLocatorInTheHistory() {
        UUID caseId = openCase();
        UUID sourceId = register("Camp 5 roster " + UUID.randomUUID(), false);
        Map<String, Object> sighting = with(with(with(Requests.sighting(), "source", null), "sourceId", sourceId),
                "locator", "p. 4, para. 2");

        JsonNode written = caseworker.post("/api/cases/" + caseId + "/sightings", sighting).expectStatus(201).json();

        JsonNode cited = entry(history(caseId, written), written.get("entryId").asText()).get("cited");
        assertThat(cited.get("sourceId").asText()).isEqualTo(sourceId.toString());
        assertThat(cited.get("title").asText()).startsWith("Camp 5 roster");
        assertThat(cited.get("archiveReference").asText()).isEqualTo("FRUS 1952-1954, vol. XV, doc. 30");
        assertThat(cited.get("locator").asText()).isEqualTo("p. 4, para. 2");
    }

    @Test
    void aCorrectedTitleShowsWhereTheSourceIsCited() {
        UUID caseId = openCase();
        UUID sourceId = register("Memo " + UUID.randomUUID(), false);
        JsonNode written = caseworker.post("/api/cases/" + caseId + "/reclassifications",
                with(Requests.reclassification("PRISONER_OF_WAR", "1983"), "sourceId", sourceId)).expectStatus(201)
                .json();

        caseworker.post("/api/sources/" + sourceId + "/corrections", with(with(Requests.source("Acheson to Truman"),
                "archiveReference", "RG 59, box 7"), "reason", "as FRUS prints it")).expectStatus(201);

        JsonNode cited = entry(history(caseId, written), written.get("entryId").asText()).get("cited");
        assertThat(cited.get("title").asText()).isEqualTo("Acheson to Truman");
        assertThat(cited.get("archiveReference").asText()).isEqualTo("RG 59, box 7");
    }

    @Test
    void aHistoryAsOfBeforeASourceCorrectionShowsTheSourceAsItStoodThenAndTheCurrentOneAsCorrected()
            throws Exception {
        UUID caseId = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        String before = "Memo as first titled " + UUID.randomUUID();
        UUID sourceId = register(before, false);
        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(caseId), "reason",
                "names him")).expectStatus(201);
        JsonNode written = caseworker.post("/api/cases/" + caseId + "/reclassifications",
                with(Requests.reclassification("PRISONER_OF_WAR", "1983"), "sourceId", sourceId)).expectStatus(201)
                .json();
        String entryId = written.get("entryId").asText();
        String recordedAt = entry(history(caseId, written), entryId).get("recordedAt").asText();
        // The audit page's picker has whole seconds: the correction comes after the next one.
        Instant between = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(Math.max(0, between.toEpochMilli() - System.currentTimeMillis()) + 100);

        caseworker.post("/api/sources/" + sourceId + "/corrections", with(with(Requests.source("Acheson to Truman"),
                "archiveReference", "RG 59, box 7"), "reason", "as FRUS prints it")).expectStatus(201);

        JsonNode then = caseworker.get("/api/cases/" + caseId + "/history?asOf=" + recordedAt).expectStatus(200).json();
        assertThat(entry(then, entryId).get("cited").get("title").asText()).isEqualTo(before);
        assertThat(entry(then, entryId).get("cited").get("archiveReference").asText())
                .isEqualTo("FRUS 1952-1954, vol. XV, doc. 30");
        assertThat(links(then).get(0).get("text").asText()).startsWith("Source linked: " + before);
        assertThat(family.get("/api/cases/" + caseId + "/history?asOf=" + recordedAt).expectStatus(200).body())
                .contains(before).doesNotContain("Acheson to Truman");
        assertThat(WebSession.signedIn(port, "test-auditor", "a-long-test-password").get("/audit/cases/" + caseId
                + "?asOf=" + LocalDateTime.ofInstant(between, ZoneOffset.UTC)).body())
                .contains(before).doesNotContain("Acheson to Truman");
        JsonNode now = caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).json();
        assertThat(entry(now, entryId).get("cited").get("title").asText()).isEqualTo("Acheson to Truman");
        assertThat(entry(now, entryId).get("cited").get("archiveReference").asText()).isEqualTo("RG 59, box 7");
        assertThat(links(now).get(0).get("text").asText()).startsWith("Source linked: Acheson to Truman");
    }

    @Test
    void aSourceRestrictedSinceStaysOutOfTheFamilysHistoryAsOfBeforeItWas() {
        UUID caseId = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        String title = "Roster " + UUID.randomUUID();
        UUID sourceId = register(title, false);
        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(caseId), "reason",
                "names him")).expectStatus(201);
        JsonNode written = caseworker.post("/api/cases/" + caseId + "/reclassifications",
                with(Requests.reclassification("PRISONER_OF_WAR", "1983"), "sourceId", sourceId)).expectStatus(201)
                .json();
        String recordedAt = entry(history(caseId, written), written.get("entryId").asText()).get("recordedAt")
                .asText();
        assertThat(family.get("/api/cases/" + caseId + "/history?asOf=" + recordedAt).body()).contains(title);

        caseworker.post("/api/sources/" + sourceId + "/corrections", with(with(Requests.source(title), "restricted",
                true), "reason", "names an informant")).expectStatus(201);

        assertThat(family.get("/api/cases/" + caseId + "/history?asOf=" + recordedAt).expectStatus(200).body())
                .doesNotContain(title).doesNotContain(sourceId.toString());
        assertThat(caseworker.get("/api/cases/" + caseId + "/history?asOf=" + recordedAt).body()).contains(title);
    }

    @Test
    void anUnknownSourceIsRefusedNamingSourceIdAndNothingIsWritten() {
        UUID caseId = openCase();
        int before = eventCount(caseId);

        JsonNode problem = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "see the roster",
                "sourceId", UUID.randomUUID().toString())).expectProblem(400, "INVALID_PARAMETER");
        List<String> fields = caseworker.post("/api/cases/" + caseId + "/sightings", with(Requests.sighting(),
                "sourceId", "not-a-uuid")).expectStatus(400).errorFields();
        JsonNode neither = caseworker.post("/api/cases/" + caseId + "/sightings", with(Requests.sighting(), "source",
                null)).json();
        JsonNode locatorAlone = caseworker.post("/api/cases/" + caseId + "/sightings", with(with(Requests.sighting(),
                "source", null), "locator", "p. 4")).json();

        assertThat(problem.toString()).contains("sourceId");
        assertThat(fields).contains("sourceId");
        assertThat(neither.toString()).contains("\"source\"");
        assertThat(locatorAlone.toString()).contains("sourceId");
        assertThat(eventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aSourceLinkedToManyCasesShowsOnceInEachCasesHistory() {
        UUID first = openCase();
        UUID second = openCase();
        UUID sourceId = register("Acheson memorandum " + UUID.randomUUID(), false);

        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(first, second),
                "reason", "concerns every prisoner held")).expectStatus(201);
        caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(first), "reason", "again"))
                .expectStatus(409);

        for (UUID caseId : List.of(first, second)) {
            List<JsonNode> links = links(caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).json());
            assertThat(links).hasSize(1);
            assertThat(links.get(0).get("text").asText()).startsWith("Source linked: Acheson memorandum")
                    .endsWith("\u2014 concerns every prisoner held");
            assertThat(links.get(0).get("cited").get("sourceId").asText()).isEqualTo(sourceId.toString());
        }
        // As of an instant beyond PostgreSQL's range: every link was made before it.
        assertThat(links(caseworker.get("/api/cases/" + first + "/history?asOf=%2B1000000000-12-31T23:59:59Z")
                .expectStatus(200).json())).hasSize(1);
    }

    @Test
    void aFamilySeesAnUnrestrictedCitedSourceAndLinkButNothingOfARestrictedOne() {
        UUID caseId = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        String open = "Open roster " + UUID.randomUUID();
        String secret = "Secret interrogation " + UUID.randomUUID();
        UUID openId = register(open, false);
        UUID secretId = register(secret, true);
        caseworker.post("/api/cases/" + caseId + "/reclassifications",
                with(Requests.reclassification("PRISONER_OF_WAR", "1983"), "sourceId", openId)).expectStatus(201);
        JsonNode last = caseworker.post("/api/cases/" + caseId + "/captivity", Map.of("kind", "INTERNED",
                "camp", "Camp 5", "sourceId", secretId.toString(), "locator", "SECRET-LOCATOR")).expectStatus(201).json();
        caseworker.post("/api/sources/" + openId + "/cases", Map.of("caseIds", List.of(caseId), "reason",
                "REASON-MARKER")).expectStatus(201);
        caseworker.post("/api/sources/" + secretId + "/cases", Map.of("caseIds", List.of(caseId), "reason",
                "names him")).expectStatus(201);
        history(caseId, last);

        String seen = family.get("/api/cases/" + caseId + "/history").expectStatus(200).body();

        assertThat(seen).contains(open, "Source linked: " + open, openId.toString())
                .doesNotContain(secret).doesNotContain(secretId.toString()).doesNotContain("SECRET-LOCATOR")
                .doesNotContain("REASON-MARKER");
        String staff = caseworker.get("/api/cases/" + caseId + "/history").body();
        assertThat(staff).contains(secret, "SECRET-LOCATOR", "REASON-MARKER");
    }

    @Test
    void aPresumptiveFindingADesignationAndItsReopeningCiteRegisteredSourcesShownByTitleInTheHistory() {
        UUID caseId = openCase();
        UUID theDay = register("Canterbury man still looking for answers " + UUID.randomUUID(), false);
        UUID memo = register("Analytic memorandum " + UUID.randomUUID(), false);

        JsonNode finding = caseworker.post("/api/cases/" + caseId + "/presumptive-findings", with(with(with(
                Requests.presumptiveFinding(), "source", null), "sourceId", theDay), "locator", "para. 12"))
                .expectStatus(201).json();
        JsonNode designation = caseworker.post("/api/cases/" + caseId + "/non-recoverable-designations",
                with(Requests.nonRecoverable(), "sourceId", memo)).expectStatus(201).json();
        JsonNode reopening = caseworker.post("/api/cases/" + caseId + "/non-recoverable-reopenings",
                with(with(Requests.reopening(), "source", null), "sourceId", theDay)).expectStatus(201).json();

        JsonNode history = history(caseId, reopening);
        JsonNode cited = entry(history, finding.get("entryId").asText()).get("cited");
        assertThat(cited.get("sourceId").asText()).isEqualTo(theDay.toString());
        assertThat(cited.get("title").asText()).startsWith("Canterbury man still looking for answers");
        assertThat(cited.get("locator").asText()).isEqualTo("para. 12");
        assertThat(entry(history, designation.get("entryId").asText()).get("source").asText())
                .isEqualTo("analytic memorandum");
        assertThat(entry(history, designation.get("entryId").asText()).at("/cited/title").asText())
                .startsWith("Analytic memorandum");
        assertThat(entry(history, reopening.get("entryId").asText()).at("/cited/sourceId").asText())
                .isEqualTo(theDay.toString());
    }

    @Test
    void aDeterminationCitingAnUnknownSourceIsRefusedNamingSourceIdAndNothingIsWritten() {
        UUID caseId = openCase();
        int before = eventCount(caseId);
        String unknown = UUID.randomUUID().toString();

        JsonNode finding = caseworker.post("/api/cases/" + caseId + "/presumptive-findings",
                with(Requests.presumptiveFinding(), "sourceId", unknown)).expectProblem(400, "INVALID_PARAMETER");
        JsonNode designation = caseworker.post("/api/cases/" + caseId + "/non-recoverable-designations",
                with(Requests.nonRecoverable(), "sourceId", unknown)).expectProblem(400, "INVALID_PARAMETER");
        JsonNode neither = caseworker.post("/api/cases/" + caseId + "/presumptive-findings",
                with(Requests.presumptiveFinding(), "source", " ")).json();

        assertThat(finding.toString()).contains("sourceId", unknown);
        assertThat(designation.toString()).contains("sourceId", unknown);
        assertThat(neither.toString()).contains("\"source\"");
        assertThat(eventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aListMembershipShowsItsRegisteredSourceAsACitationAndAFamilyOnlyAnUnrestrictedOne() {
        UUID caseId = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", caseId.toString(),
                "reason", "next of kin")).expectStatus(201);
        String open = "Published list " + UUID.randomUUID();
        String secret = "Classified roster " + UUID.randomUUID();
        UUID openId = register(open, false);
        UUID secretId = register(secret, true);
        UUID roster = org.fullaccounting.api.namedlists.NamedListsApiTest.create(caseworker,
                org.fullaccounting.api.namedlists.NamedListsApiTest.list("Roster " + UUID.randomUUID()));
        UUID other = org.fullaccounting.api.namedlists.NamedListsApiTest.create(caseworker,
                org.fullaccounting.api.namedlists.NamedListsApiTest.list("Roster " + UUID.randomUUID()));
        caseworker.post("/api/lists/" + roster + "/members", Map.of("caseIds", List.of(caseId),
                "sourceId", openId.toString(), "reason", "named")).expectStatus(201);
        caseworker.post("/api/lists/" + other + "/members", Map.of("caseIds", List.of(caseId),
                "sourceId", secretId.toString(), "reason", "named")).expectStatus(201);
        int version = caseworker.get("/api/cases/" + caseId).expectStatus(200).json().get("version").asInt();
        JsonNode staff = caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).expectStatus(200)
                .json();

        List<String> titles = new java.util.ArrayList<>();
        staff.get("entries").forEach(e -> {
            if ("LIST_MEMBERSHIP".equals(e.get("kind").asText())) {
                titles.add(e.at("/cited/title").asText());
            }
        });
        assertThat(titles).containsExactly(open, secret);
        assertThat(family.get("/api/cases/" + caseId + "/history").expectStatus(200).body()).contains(open)
                .doesNotContain(secret).doesNotContain(secretId.toString());
    }

    private UUID register(String title, boolean restricted) {
        return UUID.fromString(caseworker.post("/api/sources", with(Requests.source(title), "restricted", restricted))
                .expectStatus(201).json().get("sourceId").asText());
    }

    private JsonNode history(UUID caseId, JsonNode written) {
        return caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + written.get("version").asLong())
                .expectStatus(200).json();
    }

    private static JsonNode entry(JsonNode history, String entryId) {
        for (JsonNode entry : history.get("entries")) {
            if (entry.get("entryId").asText().equals(entryId)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + entryId + " in " + history);
    }

    private static List<JsonNode> links(JsonNode history) {
        List<JsonNode> links = new java.util.ArrayList<>();
        history.get("entries").forEach(e -> {
            if ("SOURCE_LINK".equals(e.get("kind").asText())) {
                links.add(e);
            }
        });
        return links;
    }
}
