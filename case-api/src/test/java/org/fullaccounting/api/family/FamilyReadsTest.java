package org.fullaccounting.api.family;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.with;

/**
 * The leaks a hostile probe found on main 33091b1, each through every family answer (API now and
 * as of a past instant, the family page): corrections that carried restricted values or became
 * entries of their own, and the version, ETag and counts that rose with every hidden entry.
 */
class FamilyReadsTest extends FamilyProbe {

    @Test
    void aCorrectionOfASightingsWitnessReachesNoFamily() {
        UUID caseId = openCase();
        UUID sighting = post(caseId, "/sightings", with(Requests.sighting(), "witness", "WITNESS-MARKER"));
        post(caseId, "/corrections", Map.of("entryId", sighting.toString(), "action", "CORRECT", "field", "witness",
                "value", "CORRECTED-WITNESS-MARKER", "reason", "second debrief", "source", "CORRECTION-SOURCE-MARKER"));
        post(caseId, "/corrections", Map.of("entryId", sighting.toString(), "action", "CORRECT", "field", "place",
                "value", "near Anju", "reason", "second debrief", "source", "PLACE-SOURCE-MARKER"));
        linkProbe(caseId);
        awaitHistory(caseId);

        Map<String, String> reads = familyReads(caseId, List.of(Instant.now()));

        reads.forEach((name, body) -> assertThat(body).as(name).doesNotContain("WITNESS-MARKER",
                "CORRECTION-SOURCE-MARKER", "PLACE-SOURCE-MARKER"));
        assertThat(reads.get("history")).contains("near Anju");
        assertThat(reads.get("page")).contains("near Anju");
        assertThat(caseworker.get("/api/cases/" + caseId + "/history").body())
                .contains("CORRECTED-WITNESS-MARKER", "CORRECTION-SOURCE-MARKER");
    }

    @Test
    void aCorrectionOfACorrectionOrOfARetractionIsNoEntryAFamilyReads() {
        UUID caseId = openCase();
        UUID sighting = post(caseId, "/sightings", Requests.sighting());
        UUID correction = post(caseId, "/corrections", Map.of("entryId", sighting.toString(), "action", "CORRECT",
                "field", "place", "value", "near Anju", "reason", "second debrief", "source", "debrief"));
        post(caseId, "/corrections", Map.of("entryId", correction.toString(), "action", "CORRECT", "field", "value",
                "value", "NESTED-VALUE-MARKER", "reason", "NESTED-REASON-MARKER", "source", "NESTED-SOURCE-MARKER"));
        UUID captivity = post(caseId, "/captivity", Map.of("kind", "INTERNED", "camp", "Camp 5", "source", "roster"));
        UUID retraction = post(caseId, "/corrections", Map.of("entryId", captivity.toString(), "action", "RETRACT",
                "reason", "wrong man"));
        post(caseId, "/corrections", Map.of("entryId", retraction.toString(), "action", "CORRECT", "field", "reason",
                "value", "RETRACTION-VALUE-MARKER", "reason", "RETRACTION-REASON-MARKER", "source", "R-SOURCE-MARKER"));
        linkProbe(caseId);
        awaitHistory(caseId);

        Map<String, String> reads = familyReads(caseId, List.of(Instant.now()));

        reads.forEach((name, body) -> assertThat(body).as(name).doesNotContainPattern("[A-Z-]+-MARKER"));
        JsonNode entries = probe.get("/api/cases/" + caseId + "/history").json().get("entries");
        assertThat(entries.findValuesAsText("kind")).containsExactlyInAnyOrder("CASE_OPENED", "CAPTIVITY_FACT", "SIGHTING");
        assertThat(reads.get("page")).contains("wrong man").contains("near Anju");
    }

    @Test
    void aFamilyGetsNoVersionEtagOrCountAndHiddenEntriesChangeNothingItReads() {
        UUID caseId = openCase();
        post(caseId, "/sightings", Requests.sighting());
        linkProbe(caseId);
        awaitHistory(caseId);
        Instant before = Instant.now();
        Map<String, String> earlier = familyReads(caseId, List.of(before));

        UUID note = post(caseId, "/notes", Map.of("text", "called the family"));
        post(caseId, "/corrections", Map.of("entryId", note.toString(), "action", "RETRACT", "reason", "wrong case"));
        post(caseId, "/correspondence", with(Requests.correspondence(), "restricted", true));
        post(caseId, "/sightings", with(Requests.sighting(), "sourceKind", "INTELLIGENCE_REPORT"));
        awaitHistory(caseId);
        Map<String, String> later = familyReads(caseId, List.of(before));

        assertThat(later).isEqualTo(earlier);
        assertThat(earlier.get("ETag of case")).isEqualTo("null");
        assertThat(earlier.get("ETag of case?asOf=" + before)).isEqualTo("null");
        assertThat(probe.get("/api/cases/" + caseId + "/history?asOf=" + Instant.now()).json().get("entries"))
                .isEqualTo(probe.get("/api/cases/" + caseId + "/history?asOf=" + before).json().get("entries"));
        JsonNode view = probe.get("/api/cases/" + caseId).json();
        assertThat(view.has("version") || view.has("counts") || view.has("retractedEntries")).isFalse();
        assertThat(probe.get("/api/cases/" + caseId + "/history").json().has("version")).isFalse();
        assertThat(probe.get("/api/my/cases").body()).doesNotContain("\"version\"", "\"counts\"", "retractedEntries");
        assertThat(caseworker.get("/api/cases/" + caseId).header("ETag")).isNotNull();
    }

    @Test
    void aFamilysMinVersionNeitherWaitsNorTellsTheVersion() {
        UUID caseId = openCase();
        linkProbe(caseId);
        awaitHistory(caseId);

        String waited = probe.get("/api/cases/" + caseId + "/history?minVersion=999999").expectStatus(200).body();

        assertThat(waited).isEqualTo(probe.get("/api/cases/" + caseId + "/history").body());
        probe.get("/api/cases/" + caseId + "/history?minVersion=0").expectProblem(400, "INVALID_PARAMETER");
        caseworker.get("/api/cases/" + caseId + "/history?minVersion=999999").expectProblem(400, "INVALID_PARAMETER");
    }

    private UUID post(UUID caseId, String path, Map<String, Object> body) {
        return UUID.fromString(caseworker.post("/api/cases/" + caseId + path, body).expectStatus(201).json()
                .get("entryId").asText());
    }
}
