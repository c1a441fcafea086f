package org.fullaccounting.api.application.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The auditor's archive: every stored event as {@code /api/audit/events} shows it (the same
 * {@link AuditEvents} rows, the same JSON), one per line, then one manifest line with each case's
 * chain head (the stored hash of its last event), its event count and the stream's last position.
 * Written from a database cursor straight to the response: memory grows with the number of cases
 * (one head each, about 150 bytes), never with the number of events.
 *
 * <p>The SHA-256 of the whole body is not in the body (it cannot hash itself): it is recorded in
 * {@code audit_archive} when the last byte is written, and answered by
 * {@code GET /api/audit/export/manifest?archive=<id>}. A companion answer rather than an HTTP
 * trailer: curl, browsers and most proxies drop trailers, and a recorded digest can be asked for
 * again from any node, years later.
 */
@Service
public class AuditArchive {

    public static final String FORMAT = "full-accounting-archive/1";

    private final AuditEvents events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    AuditArchive(AuditEvents events, JdbcTemplate jdbc, Clock clock, ObjectMapper json) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /** A case's chain head in the archive: the hash of its last exported event. */
    public record CaseHead(UUID caseId, long events, String headHash) {
    }

    /** The archive's last line, under the key {@code manifest}. */
    public record Manifest(String format, UUID archiveId, Instant exportedAt, long events, long lastPosition,
                           List<CaseHead> cases) {
    }

    public record ManifestLine(Manifest manifest) {
    }

    /** What the installation recorded of an archive; {@code sha256} once the body was written in full. */
    public record Recorded(UUID archiveId, String exportedBy, Instant startedAt, Instant completedAt,
                           boolean complete, Long events, Long cases, Long lastPosition, Long bytes, String sha256) {
    }

    /** Records that {@code user} starts an archive; its id goes in a header before the body. */
    public UUID begin(String user) {
        UUID archiveId = UUID.randomUUID();
        jdbc.update("INSERT INTO audit_archive (archive_id, exported_by, started_at) VALUES (?, ?, ?)", archiveId,
                user.length() > 100 ? user.substring(0, 100) : user, Timestamp.from(clock.instant()));
        return archiveId;
    }

    /** Streams the archive into {@code body}, then records its digest and length. */
    public void write(UUID archiveId, OutputStream body) {
        MessageDigest sha256 = sha256();
        Counting counted = new Counting(body);
        OutputStream out = new BufferedOutputStream(new DigestOutputStream(counted, sha256), 64 * 1024);
        Map<UUID, CaseHead> heads = new LinkedHashMap<>();
        long[] totals = new long[2]; // events, last position
        events.stream(0, null, event -> {
            writeLine(out, event);
            // One head per stored stream (hash chain): a case's people record has its own.
            CaseHead before = heads.get(event.storedId());
            heads.put(event.storedId(), new CaseHead(event.storedId(), before == null ? 1 : before.events() + 1,
                    event.hash()));
            totals[0]++;
            totals[1] = event.position();
        });
        Manifest manifest = new Manifest(FORMAT, archiveId, clock.instant(), totals[0], totals[1],
                new ArrayList<>(heads.values()));
        writeLine(out, new ManifestLine(manifest));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("UPDATE audit_archive SET completed_at = ?, events = ?, cases = ?, last_position = ?, bytes = ?, "
                        + "sha256 = ? WHERE archive_id = ?", Timestamp.from(clock.instant()), totals[0], (long) heads.size(),
                totals[1], counted.bytes, HexFormat.of().formatHex(sha256.digest()), archiveId);
    }

    public Optional<Recorded> recorded(UUID archiveId) {
        return jdbc.query("SELECT * FROM audit_archive WHERE archive_id = ?", (rs, row) -> new Recorded(
                rs.getObject("archive_id", UUID.class), rs.getString("exported_by"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant(),
                rs.getTimestamp("completed_at") != null, (Long) rs.getObject("events"), (Long) rs.getObject("cases"),
                (Long) rs.getObject("last_position"), (Long) rs.getObject("bytes"), rs.getString("sha256")),
                archiveId).stream().findFirst();
    }

    private void writeLine(OutputStream out, Object line) {
        try {
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static final class Counting extends FilterOutputStream {

        private long bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }
}
