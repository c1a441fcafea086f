package org.fullaccounting.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.audit.Tampering;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history read holds every event the case has, even while the history read model is behind the
 * case: then it is folded from the event store. The model is held behind here as a rebuild or a
 * parked event holds it: a trigger makes the history table refuse the marked entries, so the model
 * parks them (and every later event of their case) and never reaches the case's version. A case
 * the store cannot fold (an event altered in SQL) is read from the model as far as it has applied it.
 */
class HistoryWhileTheModelIsBehindTest extends ApiTest {

    private final List<String> triggers = new ArrayList<>();

    @Test
    void anEntryTheModelHasNotAppliedIsInTheHistoryOfEveryReaderAndOnEveryPage() {
        UUID caseId = openCase();
        linkFamily(caseId);
        long linked = caseworker.get("/api/cases/" + caseId).expectStatus(200).json().get("version").asLong();
        awaitApplied(caseId, linked);
        String marker = refuseEntriesContaining();

        JsonNode written = caseworker.post("/api/cases/" + caseId + "/sightings",
                Requests.with(Requests.sighting(), "description", "Seen at a camp gate " + marker)).expectStatus(201)
                .json();
        awaitParked(caseId);

        long version = written.get("version").asLong();

        JsonNode history = caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).json();
        assertThat(history.get("version").asLong()).isEqualTo(version).isEqualTo(linked + 1);
        assertThat(history.get("entries").findValuesAsText("entryId")).contains(written.get("entryId").asText());
        assertThat(caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).expectStatus(200)
                .json().get("version").asLong()).isEqualTo(version);
        assertThat(family.get("/api/cases/" + caseId + "/history").expectStatus(200).body()).contains(marker);
        assertThat(caseworkerPages().get("/cases/" + caseId).body()).contains(marker);
        assertThat(familyPages().get("/family/cases/" + caseId).body()).contains(marker);
        assertThat(appliedVersion(caseId)).as("the model itself is still behind").isEqualTo(linked);
    }

    @Test
    void aCaseTheModelHasNotAppliedAtAllReadsInFullAsAfterARebuildHasNotReachedIt() {
        String marker = refuseEntriesContaining();
        Map<String, Object> opening = Requests.with(Requests.caseOpening(uniqueServiceNumber()), "circumstances",
                "Lost near the reservoir " + marker);
        UUID caseId = UUID.fromString(caseworker.post("/api/cases", opening).expectStatus(201).json().get("caseId")
                .asText());
        long version = addNote(caseId, "Called the family");
        awaitParked(caseId);

        JsonNode history = caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).json();

        assertThat(version).isEqualTo(2);
        assertThat(history.get("version").asLong()).isEqualTo(2);
        assertThat(history.get("entries").findValuesAsText("kind")).containsExactly("CASE_OPENED", "NOTE");
        assertThat(history.toString()).contains(marker);
        assertThat(appliedVersion(caseId)).as("the model holds nothing of the case").isZero();
    }

    @Test
    void theHistoryFoldedFromTheStoreReadsExactlyAsTheModelsOnce() {
        UUID caseId = openCase();
        JsonNode sighting = caseworker.post("/api/cases/" + caseId + "/sightings", Requests.sighting())
                .expectStatus(201).json();
        String sightingId = sighting.get("entryId").asText();
        caseworker.post("/api/cases/" + caseId + "/sightings/" + sightingId + "/assessments",
                Map.of("assessment", "UNRESOLVED", "reason", "no second report")).expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/corrections", Map.of("entryId", sightingId, "action", "CORRECT",
                "field", "place", "value", "a farm near Sariwon", "reason", "the debrief's own words", "source",
                "second debrief")).expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/correspondence", Requests.correspondence()).expectStatus(201);
        caseworker.post("/api/cases/" + caseId + "/reclassifications",
                Requests.reclassification("PRISONER_OF_WAR", "1983-07-12")).expectStatus(201);
        String note = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "entered on the wrong case"))
                .expectStatus(201).json().get("entryId").asText();
        long version = caseworker.post("/api/cases/" + caseId + "/corrections", Map.of("entryId", note,
                "action", "RETRACT", "reason", "wrong case")).expectStatus(201).json().get("version").asLong();
        awaitApplied(caseId, version);

        JsonNode fromTheModel = caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).json();
        JsonNode fromTheStore = caseworker.get("/api/cases/" + caseId + "/history?asOf=" + Instant.now())
                .expectStatus(200).json();

        assertThat(fromTheModel.get("version").asLong()).isEqualTo(version);
        assertThat(fromTheStore.get("version")).isEqualTo(fromTheModel.get("version"));
        assertThat(fromTheStore.get("entries")).isEqualTo(fromTheModel.get("entries"));
    }

    @Test
    void aCaseTheStoreCannotFoldIsReadFromTheModelAsFarAsItHasApplied() {
        UUID caseId = openCase();
        linkFamily(caseId);
        long noted = caseworker.post("/api/cases/" + caseId + "/sightings", Requests.with(Requests.sighting(),
                "description", "Seen at Camp 5 before the 1953 exchange")).expectStatus(201).json().get("version")
                .asLong();
        awaitApplied(caseId, noted);
        String marker = refuseEntriesContaining();
        caseworker.post("/api/cases/" + caseId + "/sightings",
                Requests.with(Requests.sighting(), "description", "Seen at a camp gate " + marker)).expectStatus(201);
        awaitParked(caseId);
        String note = "aggregate_identifier = '" + caseId + "' AND sequence_number = " + (noted - 1);
        byte[] stored = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE " + note, byte[].class);
        Tampering.asSuperuserWithoutTriggers(superuser(),
                "UPDATE domain_event_entry SET payload = convert_to('no longer JSON', 'UTF8') WHERE " + note);
        try {
            JsonNode history = caseworker.get("/api/cases/" + caseId + "/history").expectStatus(200).json();

            assertThat(history.get("version").asLong()).as("the model's version, short of the case's")
                    .isEqualTo(noted);
            assertThat(history.toString()).contains("the 1953 exchange").doesNotContain(marker);
            assertThat(family.get("/api/cases/" + caseId + "/history").expectStatus(200).body())
                    .contains("the 1953 exchange");
            assertThat(caseworkerPages().get("/cases/" + caseId).body()).contains("the 1953 exchange");
            assertThat(familyPages().get("/family/cases/" + caseId).body()).contains("the 1953 exchange");
        } finally {
            Tampering.asSuperuserWithoutTriggers(superuser(), "UPDATE domain_event_entry SET payload = decode('"
                    + HexFormat.of().formatHex(stored) + "', 'hex') WHERE " + note);
        }
    }

    @AfterEach
    void letTheModelApplyWhatItParked() {
        for (String trigger : triggers) {
            superuser().execute("DROP TRIGGER IF EXISTS " + trigger + " ON history_entry");
            superuser().execute("DROP FUNCTION IF EXISTS " + trigger + "()");
        }
        if (!triggers.isEmpty()) {
            Eventually.until("the parked entries applied after the retry", () -> {
                admin.post("/api/admin/projections/history/dead-letters/retry", "");
                return admin.get("/api/admin/projections/history/dead-letters").json().size();
            }, parked -> parked == 0);
        }
    }

    /** Makes the history table refuse any entry whose text holds the marker returned. */
    private String refuseEntriesContaining() {
        String marker = "behind-" + UUID.randomUUID();
        String trigger = "refuse_" + marker.replace('-', '_');
        superuser().execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.text LIKE '%" + marker + "%' THEN RAISE EXCEPTION 'refused'; END IF;"
                + " RETURN NEW; END $$");
        superuser().execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON history_entry FOR EACH ROW"
                + " EXECUTE FUNCTION " + trigger + "()");
        triggers.add(trigger);
        return marker;
    }

    private void awaitParked(UUID caseId) {
        Eventually.until("an event of the case parked by the history model",
                () -> admin.get("/api/admin/projections/history/dead-letters").json().toString(),
                parked -> parked.contains(caseId.toString()));
    }

    private void awaitApplied(UUID caseId, long version) {
        Eventually.until("the case applied by the history model up to version " + version,
                () -> appliedVersion(caseId), applied -> applied >= version);
    }

    /** The case's version as the history model has applied it (0: none of its events). */
    private long appliedVersion(UUID caseId) {
        return jdbc.queryForList("SELECT last_sequence + 1 FROM history_case WHERE case_id = ?", Long.class, caseId)
                .stream().findFirst().orElse(0L);
    }
}
