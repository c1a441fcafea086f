package org.fullaccounting.api.sources;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Files attached to sources over HTTP on a real PostgreSQL: sniffed types, SHA-256, limits, who may download. */
public class AttachmentsApiTest extends ApiTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    public static final byte[] TEXT = "Memorandum for the Files\n\nSubject: Effort to Assist American and other UN POWs.\n"
            .getBytes(StandardCharsets.UTF_8);
    public static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    /** A multipart/form-data body with one part "file". */
    public static Api.Response upload(Api as, String path, String filename, String declaredType, byte[] content) {
        String boundary = "----fa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return as.postBytes(path, body.toByteArray(), "Content-Type", "multipart/form-data; boundary=" + boundary,
                "X-Requested-With", "test");
    }

    private UUID source(boolean restricted) {
        return UUID.fromString(caseworker.post("/api/sources", Requests.with(Requests.source("Scanned " + UUID.randomUUID()),
                "restricted", restricted)).expectStatus(201).json().get("sourceId").asText());
    }

    @Test
    void aFileIsStoredWithItsSniffedTypeAndHashAndComesBackByteForByte() throws Exception {
        UUID sourceId = source(false);
        String files = "/api/sources/" + sourceId + "/attachments";

        Api.Response first = upload(caseworker, files, "memo.bin", "application/octet-stream", PDF).expectStatus(201);
        Api.Response second = upload(caseworker, files, "page 2.png", "application/pdf", PNG).expectStatus(201);
        upload(caseworker, files, "transcript.txt", "image/png", TEXT).expectStatus(201);

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(first.json().get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(first.json().get("sha256").asText()).isEqualTo(sha);
        assertThat(first.header("Location")).endsWith(files + "/1");
        assertThat(second.json().get("mediaType").asText()).isEqualTo("image/png");
        Api.Response download = caseworker.get(files + "/1").expectStatus(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(caseworker.get(files + "/3").header("Content-Type")).startsWith("text/plain");
        assertThat(caseworker.get("/api/sources/" + sourceId).json().get("attachments").findValuesAsText("sha256"))
                .contains(sha);
        String events = auditor.get("/api/audit/events?caseId=" + sourceId).body();
        assertThat(events).contains("FileAttachedEvent").contains(sha);
        caseworker.get(files + "/9").expectProblem(404, "UNKNOWN_ATTACHMENT");
    }

    @Test
    void aFileOfAnotherTypeOrEmptyIsRefusedWhateverItClaimsAndNothingIsRecorded() {
        UUID sourceId = source(false);
        String files = "/api/sources/" + sourceId + "/attachments";

        upload(caseworker, files, "scan.pdf", "application/pdf", ZIP).expectProblem(415, "UNSUPPORTED_FILE_TYPE");
        upload(caseworker, files, "page.html", "text/plain", "<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8)).expectProblem(415, "UNSUPPORTED_FILE_TYPE");
        upload(caseworker, files, "empty.pdf", "application/pdf", new byte[0]).expectProblem(400, "INVALID_PARAMETER");
        upload(caseworker, "/api/sources/" + UUID.randomUUID() + "/attachments", "memo.pdf", "application/pdf", PDF)
                .expectProblem(404, "UNKNOWN_SOURCE");

        assertThat(caseworker.get("/api/sources/" + sourceId).json().get("attachments")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_attachment WHERE source_id = ?", Integer.class,
                sourceId)).isZero();
    }

    @Test
    void anUploadWithoutTheHeaderNoFormCanSendIsRefused() {
        UUID sourceId = source(false);
        String boundary = "b";
        byte[] body = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.txt\"\r\n\r\nhello\r\n--b--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        caseworker.postBytes("/api/sources/" + sourceId + "/attachments", body, "Content-Type",
                "multipart/form-data; boundary=" + boundary).expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
        caseworker.postBytes("/api/sources/" + sourceId + "/corrections", body, "Content-Type",
                "multipart/form-data; boundary=" + boundary, "X-Requested-With", "x")
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedWith413() {
        UUID sourceId = source(false);
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        upload(caseworker, "/api/sources/" + sourceId + "/attachments", "big.pdf", "application/pdf", big)
                .expectProblem(413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aFamilyDownloadsOnlyFilesOfUnrestrictedSourcesOnItsCaseAndEveryDownloadIsLogged() {
        UUID own = openCase();
        admin.post("/api/admin/family-links", Map.of("username", "test-family", "caseId", own.toString(),
                "reason", "next of kin")).expectStatus(201);
        UUID open = source(false);
        UUID restricted = source(true);
        UUID elsewhere = source(false);
        for (UUID sourceId : List.of(open, restricted)) {
            caseworker.post("/api/sources/" + sourceId + "/cases", Map.of("caseIds", List.of(own), "reason", "x"))
                    .expectStatus(201);
        }
        caseworker.post("/api/sources/" + elsewhere + "/cases", Map.of("caseIds", List.of(openCase()), "reason", "x"))
                .expectStatus(201);
        for (UUID sourceId : List.of(open, restricted, elsewhere)) {
            upload(caseworker, "/api/sources/" + sourceId + "/attachments", "t.txt", "text/plain", TEXT)
                    .expectStatus(201);
        }

        assertThat(family.get("/api/sources/" + open + "/attachments/1").expectStatus(200).bytes()).isEqualTo(TEXT);
        family.get("/api/sources/" + restricted + "/attachments/1").expectProblem(404, "UNKNOWN_SOURCE");
        family.get("/api/sources/" + elsewhere + "/attachments/1").expectProblem(404, "UNKNOWN_SOURCE");
        upload(family, "/api/sources/" + open + "/attachments", "t.txt", "text/plain", TEXT)
                .expectProblem(403, "FORBIDDEN");

        List<String> outcomes = jdbc.queryForList("SELECT outcome FROM access_log WHERE username = 'test-family'"
                + " AND action = 'READ_SOURCE' AND what LIKE '%/attachments/1' AND what LIKE ANY (ARRAY[?, ?, ?])"
                + " ORDER BY id", String.class, "%" + open + "%", "%" + restricted + "%", "%" + elsewhere + "%");
        assertThat(outcomes).containsExactly("GRANTED", "REFUSED", "REFUSED");
    }
}
