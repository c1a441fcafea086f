package org.fullaccounting.api.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Casualty lists in, over real HTTP against a real PostgreSQL: exactly the bad lines reported,
 * every good row opened with its file and line on its opening event, the same file again opening
 * nothing, a file refused whole for an unknown column, 413 above the limit, caseworkers only.
 */
class ImportsTest extends ApiTest {

    static final String HEADER = "status,service_number,family_name,given_name,branch,loss_date,circumstances,source";

    /** A list with bad rows among good ones; line numbers as a text editor shows them. */
    static String listWithBadRows(String prefix) {
        return "\uFEFF" + String.join("\r\n",
                HEADER,                                                                                    // 1
                "MISSING_IN_ACTION," + prefix + "01,Müller-Ñúñez,José,ARMY,1950-11-02,\"Unsan, \"\"the pocket\"\"\",Morning report", // 2
                "MISSING_IN_ACTION," + prefix + "02,Dupont,Jean,ARMY,1950-02-30,,Morning report",          // 3: impossible date
                "MISSING," + prefix + "03,Smith,John,NAVY,1951,,Morning report",                            // 4: unknown status
                "PRISONER_OF_WAR," + prefix + "04,,Paul,ARMY,1952,,Morning report",                         // 5: no family name
                "KILLED_IN_ACTION_BODY_NOT_RECOVERED," + prefix + "05,O'Brien,Seán,MARINE_CORPS,circa 1951,\"Chosin,", // 6
                "reservoir\",Unit diary",                                                                  // 7 (same row)
                "MISSING_IN_ACTION," + prefix + "06,Brown,Tom,AIR_FORCE,1953-07,,",                          // 8: no source
                "ACCOUNTED_FOR," + prefix + "07,Green,Ann,ARMY,1953,,Morning report",                        // 9: the case's own rule
                "MISSING_IN_ACTION," + prefix + "01,Müller,José,ARMY,1950,,Second list",                     // 10: same number as line 2
                "MISSING_IN_ACTION," + prefix + "08,Lee,Kim,ARMY,1950,,Morning report,extra") + "\r\n";     // 11: a cell too many
    }

    @Test
    void exactlyTheBadLinesAreReportedAndEveryGoodRowIsOpened() throws Exception {
        String prefix = "IM" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        byte[] file = listWithBadRows(prefix).getBytes(StandardCharsets.UTF_8);

        JsonNode run = importAndWait(file, "text/csv", "korea list.csv");

        assertThat(run.get("state").asText()).isEqualTo("DONE");
        assertThat(run.get("rowsRead").asLong()).isEqualTo(9);
        assertThat(run.get("casesOpened").asLong()).isEqualTo(2);
        assertThat(run.get("rowsSkipped").asLong()).isEqualTo(1);
        assertThat(run.get("rowsRejected").asLong()).isEqualTo(6);
        assertThat(run.get("fileSha256").asText()).isEqualTo(sha256(file));
        List<String> report = reportLines(run.get("importId").asText());
        assertThat(report).containsExactly(
                "3 REJECTED loss_date", "4 REJECTED status", "5 REJECTED family_name", "8 REJECTED source",
                "9 REJECTED status", "10 SKIPPED service_number", "11 REJECTED null");

        UUID first = caseOf(prefix + "01");
        JsonNode opened = caseworker.get("/api/cases/" + first).expectStatus(200).json();
        assertThat(opened.at("/name/family").asText()).isEqualTo("Müller-Ñúñez");
        assertThat(opened.at("/name/given").asText()).isEqualTo("José");
        String skip = caseworker.get("/api/imports/" + run.get("importId").asText() + "/report").json()
                .get("lines").findValues("existingCaseId").get(0).asText();
        assertThat(skip).isEqualTo(first.toString());
        assertThat(firstEventPayload(first)).contains("\"circumstances\":\"Unsan, \\\"the pocket\\\"\"")
                .contains("\"importedFrom\":{\"fileName\":\"korea list.csv\",\"fileSha256\":\"" + sha256(file)
                        + "\",\"line\":2}");
        assertThat(firstEventPayload(caseOf(prefix + "05"))).contains("\"circumstances\":\"Chosin,\\r\\nreservoir\"")
                .contains("\"line\":6}");
        for (String rejected : List.of("02", "03", "04", "06", "07", "08")) {
            assertThat(claims(prefix + rejected)).as("a rejected row claims nothing").isZero();
        }
    }

    @Test
    void importingTheSameFileAgainOpensNothingNew() throws Exception {
        String prefix = "IR" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        byte[] file = listWithBadRows(prefix).getBytes(StandardCharsets.UTF_8);
        importAndWait(file, "text/csv", "again.csv");
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        JsonNode again = importAndWait(file, "text/csv", "again.csv");

        assertThat(again.get("casesOpened").asLong()).isZero();
        assertThat(again.get("rowsSkipped").asLong()).isEqualTo(3);
        assertThat(again.get("rowsRejected").asLong()).isEqualTo(6);
        assertThat(reportLines(again.get("importId").asText())).contains("2 SKIPPED service_number",
                "6 SKIPPED service_number", "10 SKIPPED service_number");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
    }

    @Test
    void ndjsonLinesAreTheBodiesOfPostApiCases() throws Exception {
        String number = uniqueServiceNumber();
        String file = String.join("\n",
                "{\"serviceNumber\":\"" + number + "\",\"name\":{\"family\":\"Żółć\",\"given\":\"Łukasz\"},"
                        + "\"branch\":\"NAVY\",\"status\":\"MISSING_IN_ACTION\",\"source\":\"list\",\"lossDate\":\"1952-03\"}",
                "",
                "{\"serviceNumber\":\"X-" + number + "\",\"name\":{\"family\":\"A\"},\"branch\":\"NAVY\","
                        + "\"status\":\"MISSING_IN_ACTION\",\"source\":\"list\",\"colour\":\"red\"}",
                "{\"serviceNumber\":\"Y-" + number + "\",\"name\":{\"family\":\"A\"},\"branch\":\"SPACE\","
                        + "\"status\":\"MISSING_IN_ACTION\",\"source\":\"list\"}",
                "not json at all") + "\n";

        JsonNode run = importAndWait(file.getBytes(StandardCharsets.UTF_8), "application/x-ndjson", "list.ndjson");

        assertThat(run.get("casesOpened").asLong()).isEqualTo(1);
        assertThat(reportLines(run.get("importId").asText()))
                .containsExactly("3 REJECTED colour", "4 REJECTED branch", "5 REJECTED null");
        assertThat(firstEventPayload(caseOf(number))).contains("\"line\":1}").contains("Żółć");
    }

    @Test
    void hostileCellsAndBytesThatAreNotUtf8AreRejectedAtTheirLine() throws Exception {
        String prefix = "IH" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        String file = "service_number,family_name,branch,status,source,circumstances\n"
                + prefix + "1,Nul\u0000Name,ARMY,MISSING_IN_ACTION,list,\n"
                + prefix + "2,Long,ARMY,MISSING_IN_ACTION,list," + "x".repeat(1_000_000) + "\n"
                + prefix + "3,Fine,ARMY,MISSING_IN_ACTION,list,\n";

        JsonNode run = importAndWait(file.getBytes(StandardCharsets.UTF_8), "text/csv", "hostile.csv");

        assertThat(run.get("casesOpened").asLong()).isEqualTo(1);
        assertThat(reportLines(run.get("importId").asText()))
                .containsExactly("2 REJECTED family_name", "3 REJECTED circumstances");
        assertThat(claims(prefix + "1") + claims(prefix + "2")).isZero();

        StringBuilder latin1 = new StringBuilder("service_number,family_name,branch,status,source\n");
        for (int i = 0; i < 3000; i++) {
            latin1.append(prefix).append("L").append(i).append(",Fine,ARMY,MISSING_IN_ACTION,a source long enough\n");
        }
        latin1.append(prefix).append("6,M\u00fcller,ARMY,MISSING_IN_ACTION,l\n");
        latin1.append(prefix).append("7,After,ARMY,MISSING_IN_ACTION,l\n");
        JsonNode notUtf8 = importAndWait(latin1.toString().getBytes(StandardCharsets.ISO_8859_1), "text/csv", "l.csv");

        assertThat(notUtf8.get("state").asText()).isEqualTo("DONE");
        assertThat(notUtf8.get("casesOpened").asLong()).isEqualTo(3001);
        assertThat(reportLines(notUtf8.get("importId").asText())).containsExactly("3002 REJECTED family_name");
        assertThat(claims(prefix + "6")).isZero();
    }

    @Test
    void anUnknownColumnRefusesTheWholeFileBeforeAnythingIsWritten() {
        String number = uniqueServiceNumber();
        String file = "service_number,family_name,branch,status,source,colour\n"
                + number + ",Doe,ARMY,MISSING_IN_ACTION,list,red\n";
        long imports = jdbc.queryForObject("SELECT count(*) FROM import_run", Long.class);

        JsonNode problem = caseworker.postBytes("/api/imports?fileName=x.csv", file.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/csv").expectProblem(400, "INVALID_FILE");

        assertThat(problem.get("detail").asText()).contains("unknown column 'colour'");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("colour");
        assertThat(claims(number)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_run", Long.class)).isEqualTo(imports);
        caseworker.postBytes("/api/imports", "service_number,family_name,branch,status\n".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/csv").expectProblem(400, "INVALID_FILE");
    }

    @Test
    void theReportComesAsCsvWhenAskedFor() throws Exception {
        String prefix = "IC" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        JsonNode run = importAndWait(listWithBadRows(prefix).getBytes(StandardCharsets.UTF_8), "text/csv", "c.csv");

        Api.Response csv = caseworker.get("/api/imports/" + run.get("importId").asText() + "/report",
                "Accept", "text/csv").expectStatus(200);

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(8).first().isEqualTo("line,outcome,field,reason,existing_case_id");
        assertThat(csv.body()).contains("3,REJECTED,loss_date,\"'1950-02-30' is not a date");
    }

    @Test
    void aListAboveTheLimitIsRefusedWith413BeforeItIsRead() throws IOException {
        long tooLarge = 256L * 1024 * 1024 + 1;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/imports HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                    "test-caseworker:a-long-test-password".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Length: " + tooLarge + "\r\n\r\nservice_number\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = readHead(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("PAYLOAD_TOO_LARGE").contains("268435456");
        }
    }

    @Test
    void aListLargerThanTheOneMebibyteBodyLimitIsTakenChunkedOrWithItsLength() throws Exception {
        String prefix = "IB" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        StringBuilder list = new StringBuilder("service_number,family_name,branch,status,source,circumstances\n");
        for (int i = 0; i < 150; i++) {
            list.append(prefix).append('-').append(i).append(",Big,ARMY,MISSING_IN_ACTION,list,")
                    .append("c".repeat(10_000)).append('\n');
        }
        byte[] file = list.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(1024 * 1024);

        String chunked = caseworker.postChunked("/api/imports?fileName=big.csv", file, "Content-Type", "text/csv")
                .expectStatus(202).header("Location");
        JsonNode withLength = importAndWait(file, "text/csv", "big.csv");

        assertThat(withLength.get("fileBytes").asLong()).isEqualTo(file.length);
        assertThat(withLength.get("casesOpened").asLong() + withLength.get("rowsSkipped").asLong()).isEqualTo(150);
        JsonNode first;
        do {
            Thread.sleep(100);
            first = caseworker.get(chunked).json();
        } while (first.path("state").asText().equals("RUNNING") || first.has("code"));
        assertThat(first.get("casesOpened").asLong() + withLength.get("casesOpened").asLong()).isEqualTo(150);
    }

    @Test
    void onlyCaseworkersImport() {
        byte[] file = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        for (Api other : List.of(family, auditor, admin)) {
            other.postBytes("/api/imports", file, "Content-Type", "text/csv").expectProblem(403, "FORBIDDEN");
        }
        anonymous.postBytes("/api/imports", file, "Content-Type", "text/csv").expectStatus(401);
        caseworker.postBytes("/api/imports", file, "Content-Type", "application/json").expectStatus(415);
    }

    @Test
    void anImportWhoseNodeStoppedIsAnsweredFailedOnceItsHeartbeatLapses() {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO import_run (import_id, file_name, file_sha256, file_bytes, media_type, started_by, "
                + "node, state, started_at, heartbeat_at, rows_read, cases_opened) VALUES (?, 'gone.csv', 'ab', 10, "
                + "'text/csv', 'test-caseworker', 'node-that-died', 'RUNNING', now() - interval '10 minutes', "
                + "now() - interval '5 minutes', 500, 500)", id);

        JsonNode run = caseworker.get("/api/imports/" + id).expectStatus(200).json();

        assertThat(run.get("state").asText()).isEqualTo("FAILED");
        assertThat(run.get("failure").asText()).contains("node-that-died").contains("import the same file again");
        assertThat(run.get("casesOpened").asLong()).isEqualTo(500);
    }

    // --- helpers

    @Test
    void aListExportedAsCsvImportsBackWithEveryValueAsItWas() throws Exception {
        String exported = uniqueServiceNumber();
        Map<String, Object> opening = org.fullaccounting.api.Requests.caseOpening(exported);
        opening.put("name", Map.of("family", "Dúmas, \"Jr\"", "given", "Réné", "middle", "=A1"));
        opening.put("unit", "\"B\" Company,\r\n2nd line");
        opening.put("circumstances", "=HYPERLINK(\"http://evil\",\"x\")");
        opening.put("source", "@family petition");
        opening.put("lossPlace", "'=already quoted");
        UUID original = UUID.fromString(caseworker.post("/api/cases", opening).expectStatus(201).json()
                .get("caseId").asText());
        org.fullaccounting.api.reads.Eventually.until("the list holds the case",
                () -> caseworker.get("/api/cases?q=" + exported).expectStatus(200).json(),
                page -> page.get("total").asLong() == 1);
        String list = caseworker.get("/api/cases?q=" + exported, "Accept", "text/csv").expectStatus(200).body();
        String reimported = uniqueServiceNumber();

        JsonNode run = importAndWait(list.replace(exported, reimported).getBytes(StandardCharsets.UTF_8),
                "text/csv", "exported.csv");

        assertThat(run.get("state").asText()).isEqualTo("DONE");
        assertThat(run.get("casesOpened").asLong()).isEqualTo(1);
        assertThat(run.get("rowsRejected").asLong()).isZero();
        UUID copy = caseOf(reimported);
        assertThat(openingFacts(copy)).isEqualTo(openingFacts(original));
    }

    /** What an opening says about the serviceman, without its identifiers and its import's provenance. */
    private JsonNode openingFacts(UUID caseId) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode facts = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(firstEventPayload(caseId));
        facts.remove(List.of("caseId", "serviceNumber", "importedFrom"));
        return facts;
    }

    JsonNode importAndWait(byte[] file, String type, String name) throws InterruptedException {
        Api.Response started = caseworker.postBytes("/api/imports?fileName=" + name.replace(" ", "%20"), file,
                "Content-Type", type).expectStatus(202);
        String location = started.header("Location");
        assertThat(location).matches("/api/imports/[0-9a-f-]{36}");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            Api.Response answer = caseworker.get(location);
            // While the read models catch up on a loaded machine the pool can be busy: 503, retry.
            if (answer.status() != 503) {
                JsonNode run = answer.expectStatus(200).json();
                if (!run.get("state").asText().equals("RUNNING")) {
                    return run;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import still RUNNING after 180 s");
    }

    private List<String> reportLines(String importId) {
        List<String> lines = new ArrayList<>();
        caseworker.get("/api/imports/" + importId + "/report").expectStatus(200).json().get("lines")
                .forEach(line -> lines.add(line.get("line").asLong() + " " + line.get("outcome").asText() + " "
                        + (line.has("field") ? line.get("field").asText() : "null")));
        return lines;
    }

    private UUID caseOf(String serviceNumber) {
        return jdbc.queryForObject("SELECT case_id FROM service_number_claim WHERE service_number = ?", UUID.class,
                serviceNumber);
    }

    private int claims(String serviceNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM service_number_claim WHERE service_number = ?",
                Integer.class, serviceNumber);
    }

    private String firstEventPayload(UUID caseId) {
        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0", byte[].class, caseId.toString());
        return new String(payload, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        try {
            while ((n = in.read(buffer)) != -1) {
                read.write(buffer, 0, n);
                if (read.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException enough) {
            // what arrived is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
