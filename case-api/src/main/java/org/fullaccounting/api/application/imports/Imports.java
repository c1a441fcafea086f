package org.fullaccounting.api.application.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.infrastructure.axon.NodeName;
import org.fullaccounting.api.infrastructure.imports.ImportThreads;
import org.fullaccounting.projections.StorableText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Casualty lists in (issue 12). The upload is copied to a temporary file as it arrives (hashed
 * and counted on the way, refused with 413 past {@code fa.limits.import}), a CSV's header is
 * checked, and the import is recorded RUNNING in PostgreSQL before the answer (202) goes out; the
 * rows are then read one at a time on a background thread and opened in batches through the bulk
 * loading path ({@link ImportWork}). Everything a reader asks for (state, counters, report) is in
 * PostgreSQL, so any node answers it and a restart loses nothing.
 *
 * <p>A node that dies while importing: its heartbeat (renewed every {@code fa.imports.heartbeat})
 * stops, and once it is older than {@code fa.imports.lapse} the next reader of that import, on
 * any node, records it FAILED ("its node stopped"). The counters and report then describe exactly
 * the batches that committed (they commit with their cases); importing the same file again opens
 * the rest and skips what was opened. The spooled file was on the dead node's disk: no node takes
 * the import over.
 */
@Service
public class Imports {

    private static final String RUN = "SELECT import_id, file_name, file_sha256, file_bytes, bytes_read, media_type, "
            + "started_by, state, started_at, finished_at, rows_read, cases_opened, rows_skipped, rows_rejected, failure, "
            + "extract(epoch FROM coalesce(finished_at, now()) - started_at) AS seconds FROM import_run";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AccessPolicy access;
    private final ImportWork work;
    private final ImportThreads executor;
    private final String node;
    private final long limitBytes;
    private final Duration lapse;
    private final Set<UUID> runningHere = ConcurrentHashMap.newKeySet();

    Imports(JdbcTemplate jdbc, TransactionTemplate transaction, AccessPolicy access, ImportWork work,
            ImportThreads executor, NodeName node,
            @Value("${fa.limits.import:256MB}") DataSize limit, @Value("${fa.imports.lapse:60s}") Duration lapse) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.access = access;
        this.work = work;
        this.executor = executor;
        this.node = node.value();
        this.limitBytes = limit.toBytes();
        this.lapse = lapse;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /**
     * Takes the upload and starts its import; returns it RUNNING. Refuses (nothing recorded) a body
     * over the limit, and a CSV whose header names an unknown column or lacks a required one.
     */
    public ImportRun start(String fileName, Format format, InputStream body, Authentication who) {
        access.requireImporter(who);
        String name = fileNameOf(fileName);
        Path spool = createSpool();
        try {
            Spooled spooled = spool(body, spool);
            if (format == Format.CSV) {
                try (InputStream in = Files.newInputStream(spool); RowReader header = CsvRows.open(in)) {
                    // Opening the list reads and checks its header; the rows are the background's.
                }
            }
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO import_run (import_id, file_name, file_sha256, file_bytes, media_type, started_by, "
                            + "node, state, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', now(), now())",
                    id, name, spooled.sha256(), spooled.bytes(), format.mediaType(), who.getName(), node);
            runningHere.add(id);
            ImportWork.Job job = new ImportWork.Job(id, name, spooled.sha256(), format, spool, who.getName());
            executor.execute(() -> {
                try {
                    work.run(job);
                } finally {
                    runningHere.remove(id);
                    deleteQuietly(spool);
                }
            });
            return find(id, who);
        } catch (IOException | RuntimeException failed) {
            deleteQuietly(spool);
            if (failed instanceof IOException io) {
                throw uploadBroken(io);
            }
            throw (RuntimeException) failed;
        }
    }

    public ImportRun find(UUID id, Authentication who) {
        access.requireImporter(who);
        failLapsed();
        List<ImportRun> found = jdbc.query(RUN + " WHERE import_id = ?", Imports::run, id);
        return found.stream().findFirst().orElseThrow(Refusal::unknownImport);
    }

    /** The latest imports, newest first (the page's list). */
    public List<ImportRun> recent(int limit, Authentication who) {
        access.requireImporter(who);
        failLapsed();
        return jdbc.query(RUN + " ORDER BY started_at DESC LIMIT ?", Imports::run, limit);
    }

    /**
     * Hands every report line, in line order, to {@code each} as it is read from PostgreSQL (a
     * cursor, so a report of a million skipped rows is never held whole).
     */
    public void report(UUID id, Authentication who, Consumer<ReportLine> each) {
        find(id, who);
        transaction.execute(status -> {
            JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
            cursor.setFetchSize(1000);
            cursor.query("SELECT line, outcome, field, reason, existing_case FROM import_report_line "
                    + "WHERE import_id = ? ORDER BY line, id", (RowCallbackHandler) rs -> each.accept(new ReportLine(
                    rs.getLong("line"), ReportLine.Outcome.valueOf(rs.getString("outcome")), rs.getString("field"),
                    rs.getString("reason"), rs.getObject("existing_case", UUID.class))), id);
            return null;
        });
    }

    /** The report as CSV (RFC 4180, a header row), written to {@code out} as it is read. */
    public void writeReportCsv(UUID id, Authentication who, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("line", "outcome", "field", "reason", "existing_case_id").get());
        report(id, who, line -> {
            try {
                csv.printRecord(line.line(), line.outcome(), line.field(), line.reason(), line.existingCaseId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /** This node's imports are alive: their heartbeat is renewed. */
    @Scheduled(fixedDelayString = "${fa.imports.heartbeat:5s}")
    void heartbeat() {
        if (!runningHere.isEmpty()) {
            jdbc.update("UPDATE import_run SET heartbeat_at = now() WHERE state = 'RUNNING' AND import_id = ANY (?)",
                    (Object) runningHere.toArray(UUID[]::new));
        }
    }

    /** Imports whose node stopped renewing their heartbeat are recorded FAILED, by whichever node reads first. */
    private void failLapsed() {
        jdbc.update("UPDATE import_run SET state = 'FAILED', finished_at = heartbeat_at, failure = 'its node ('"
                + " || node || ') stopped before the import ended; the counts and the report cover the rows '"
                + " || 'recorded until then; import the same file again to open the rest' "
                + "WHERE state = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => ?)",
                (double) lapse.toMillis() / 1000.0);
    }

    private record Spooled(String sha256, long bytes) {
    }

    private Spooled spool(InputStream body, Path spool) throws IOException {
        MessageDigest sha256 = sha256();
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (DigestInputStream in = new DigestInputStream(body, sha256); OutputStream out = Files.newOutputStream(spool)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                bytes += read;
                if (bytes > limitBytes) {
                    throw Refusal.payloadTooLarge("a casualty list", limitBytes);
                }
                out.write(buffer, 0, read);
            }
        }
        return new Spooled(HexFormat.of().formatHex(sha256.digest()), bytes);
    }

    /** A body cut off by the size limit underneath (LimitedBody) is that refusal; any other break, a 400. */
    private RuntimeException uploadBroken(IOException io) {
        for (Throwable cause = io; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                return Refusal.invalidFile(null, "the file is not UTF-8 text (found while reading its header)");
            }
        }
        return Refusal.invalidFile(null, "the upload could not be read to its end (" + io.getMessage() + ")");
    }

    private static Path createSpool() {
        try {
            return Files.createTempFile("fa-import-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary file for an import", e);
        }
    }

    private static void deleteQuietly(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException ignored) {
            // A leftover temporary file holds no answer; the OS's temp cleaning takes it.
        }
    }

    /** The name as sent, without any directory, at most 255 characters; "upload" when none. */
    static String fileNameOf(String sent) {
        if (sent == null || sent.isBlank()) {
            return "upload";
        }
        String name = sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = StorableText.storable(name).replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportRun run(ResultSet rs, int row) throws SQLException {
        long rowsRead = rs.getLong("rows_read");
        double seconds = rs.getDouble("seconds");
        return new ImportRun(rs.getObject("import_id", UUID.class), rs.getString("file_name"),
                rs.getString("file_sha256"), rs.getLong("file_bytes"), rs.getLong("bytes_read"), rs.getString("media_type"),
                rs.getString("started_by"), ImportRun.State.valueOf(rs.getString("state")),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")), rowsRead,
                rs.getLong("cases_opened"), rs.getLong("rows_skipped"), rs.getLong("rows_rejected"),
                seconds > 0 ? Math.round(rowsRead / seconds * 10) / 10.0 : 0, rs.getString("failure"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
