package org.fullaccounting.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's archive: every event then a manifest, its digest recorded, and the check that
 * names a case whose whole chain a superuser rewrote (every link recomputed, so it verifies).
 */
class ArchiveTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theArchiveHoldsEveryEventAsTheStreamShowsItThenTheManifest() throws Exception {
        UUID caseId = caseWithNotes(2);
        Api.Response exported = auditor.get("/api/audit/export").expectStatus(200);
        assertThat(exported.header("Content-Type")).startsWith("application/x-ndjson");
        String archiveId = exported.header("X-Archive-Id");
        List<String> lines = exported.body().lines().toList();
        JsonNode manifest = JSON.readTree(lines.get(lines.size() - 1)).get("manifest");
        List<String> events = lines.subList(0, lines.size() - 1);

        assertThat(manifest.get("format").asText()).isEqualTo("full-accounting-archive/1");
        assertThat(manifest.get("archiveId").asText()).isEqualTo(archiveId);
        assertThat(manifest.get("events").asLong()).isEqualTo(events.size());
        JsonNode lastEvent = JSON.readTree(events.get(events.size() - 1));
        assertThat(manifest.get("lastPosition").asLong()).isEqualTo(lastEvent.get("position").asLong());
        assertThat(events.size()).as("every event stored up to the last position")
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?",
                        Integer.class, lastEvent.get("position").asLong()));
        // Each event line is the line the raw stream gives for it.
        String streamed = auditor.get("/api/audit/events?caseId=" + caseId, "Accept", "application/x-ndjson").body();
        for (String line : streamed.lines().toList()) {
            assertThat(events).contains(line);
        }
        JsonNode ours = head(manifest, caseId);
        JsonNode verified = auditor.get("/api/audit/cases/" + caseId + "/verify").json();
        assertThat(ours.get("events").asLong()).isEqualTo(3);
        assertThat(ours.get("headHash").asText()).isEqualTo(verified.get("headHash").asText());

        JsonNode recorded = auditor.get("/api/audit/export/manifest?archive=" + archiveId).expectStatus(200).json();
        assertThat(recorded.get("complete").asBoolean()).isTrue();
        assertThat(recorded.get("sha256").asText()).isEqualTo(sha256(exported.body()));
        assertThat(recorded.get("bytes").asLong()).isEqualTo(exported.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(recorded.get("exportedBy").asText()).isEqualTo("test-auditor");
    }

    @Test
    void theCheckNamesACaseWhoseWholeChainWasRewrittenAndNoOther() {
        UUID rewritten = caseWithNotes(2);
        UUID untouched = caseWithNotes(1);
        String archive = auditor.get("/api/audit/export").expectStatus(200).body();

        JsonNode before = check(archive);
        assertThat(caseIds(before.get("differing"))).doesNotContain(rewritten.toString(), untouched.toString());
        assertThat(before.get("matchesRecordedDigest").asBoolean()).isTrue();

        String kept = "rewritten_" + rewritten.toString().replace('-', '_');
        superuser().execute("CREATE TABLE " + kept + " AS SELECT * FROM domain_event_entry WHERE aggregate_identifier = '"
                + rewritten + "'");
        try {
            rewriteChain(rewritten, kept, "note 1", "a forged note");
            assertThat(auditor.get("/api/audit/cases/" + rewritten + "/verify").json().get("valid").asBoolean())
                    .as("the rewritten chain verifies on its own").isTrue();

            JsonNode after = check(archive);
            assertThat(after.get("allMatch").asBoolean()).isFalse();
            JsonNode named = null;
            for (JsonNode difference : after.get("differing")) {
                if (difference.get("caseId").asText().equals(rewritten.toString())) {
                    named = difference;
                }
            }
            assertThat(named).as("the rewritten case is named").isNotNull();
            assertThat(named.get("reason").asText()).contains("rewritten");
            assertThat(named.get("liveHead").asText()).isNotEqualTo(named.get("archivedHead").asText());
            assertThat(caseIds(after.get("differing"))).doesNotContain(untouched.toString());
        } finally {
            rewriteChain(rewritten, kept, "a forged note", "note 1"); // back as it was
            superuser().execute("DROP TABLE " + kept);
        }
        assertThat(caseIds(check(archive).get("differing"))).doesNotContain(rewritten.toString());
    }

    @Test
    void anArchiveWithoutItsManifestOrWithABadLineIsRefusedNamingTheLine() {
        caseWithNotes(0);
        String archive = auditor.get("/api/audit/export").expectStatus(200).body();
        List<String> lines = archive.lines().toList();
        String cut = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";

        JsonNode missing = auditor.postBytes("/api/audit/export/check", cut.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-ndjson").expectProblem(400, "INVALID_ARCHIVE");
        assertThat(missing.toString()).contains("manifest");
        // Refused at line 1, before the rest is read: the rest is kept short (its manifest alone), as
        // a client that sends a large body after an early answer finds the connection closed.
        JsonNode bad = auditor.postBytes("/api/audit/export/check", ("{\"position\":1}\nnot json\n"
                        + lines.get(lines.size() - 1) + "\n")
                .getBytes(StandardCharsets.UTF_8), "Content-Type", "application/x-ndjson")
                .expectProblem(400, "INVALID_ARCHIVE");
        assertThat(bad.toString()).contains("line 1");
        auditor.get("/api/audit/export/manifest?archive=" + UUID.randomUUID()).expectProblem(404, "UNKNOWN_ARCHIVE");
    }

    @Test
    void onlyAuditorsTakeOrCheckArchives() {
        caseworker.get("/api/audit/export").expectProblem(403, "FORBIDDEN");
        family.get("/api/audit/export").expectProblem(403, "FORBIDDEN");
        admin.postBytes("/api/audit/export/check", new byte[0], "Content-Type", "application/x-ndjson")
                .expectProblem(403, "FORBIDDEN");
    }

    /**
     * A superuser rewrites the case's history behind the application's back: every row of the case
     * (and its links) deleted with triggers off, then the kept copy inserted again with the text
     * replaced, triggers on, so the database chains the forged events as if they were the originals.
     */
    private void rewriteChain(UUID caseId, String kept, String from, String to) {
        String rows = "aggregate_identifier = '" + caseId + "'";
        Tampering.asSuperuserWithoutTriggers(superuser(), "DELETE FROM event_chain WHERE " + rows
                + "; DELETE FROM domain_event_entry WHERE " + rows);
        superuser().execute("UPDATE " + kept + " SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '"
                + from + "', '" + to + "'), 'UTF8')");
        superuser().execute("INSERT INTO domain_event_entry SELECT * FROM " + kept + " ORDER BY sequence_number");
    }

    private JsonNode check(String archive) {
        return auditor.postBytes("/api/audit/export/check", archive.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-ndjson").expectStatus(200).json();
    }

    private static List<String> caseIds(JsonNode differences) {
        List<String> ids = new ArrayList<>();
        differences.forEach(d -> ids.add(d.get("caseId").asText()));
        return ids;
    }

    private static JsonNode head(JsonNode manifest, UUID caseId) {
        for (JsonNode head : manifest.get("cases")) {
            if (head.get("caseId").asText().equals(caseId.toString())) {
                return head;
            }
        }
        throw new AssertionError("case " + caseId + " is not in the manifest");
    }

    private UUID caseWithNotes(int notes) {
        UUID caseId = openCase();
        for (int i = 1; i <= notes; i++) {
            caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "note " + i)).expectStatus(201);
        }
        return caseId;
    }

    private static String sha256(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}
