package org.fullaccounting.api.application.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Verifies a case's hash chain (built by the database on every append, see V4__event_chain.sql)
 * by recomputing every link from the stored rows. The first event whose content, link or
 * position does not match is where the chain breaks. Snapshots are checked against their seals
 * (V9__snapshot_seals.sql).
 */
@Component
public class EventChain {

    private static final byte[] GENESIS = new byte[32];

    private final JdbcTemplate jdbc;
    private final SnapshotSeals snapshots;
    private final SnapshotStates snapshotStates;

    EventChain(JdbcTemplate jdbc, SnapshotSeals snapshots, SnapshotStates snapshotStates) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.snapshotStates = snapshotStates;
    }

    /**
     * The answer: valid with the head hash, or the first break; and whether every stored snapshot
     * of the case matches its seal and the chain (a rejected one is never used, but someone
     * changed or planted it).
     */
    public record Verification(UUID caseId, boolean valid, long events, String headHash, Break brokenAt,
                               boolean snapshotsValid, List<SnapshotSeals.RejectedSnapshot> rejectedSnapshots) {
    }

    public record Break(long sequenceNumber, Long globalIndex, String eventIdentifier, String reason) {
    }

    public Verification verify(UUID caseId) {
        AtomicReference<byte[]> previous = new AtomicReference<>(GENESIS);
        AtomicReference<Break> broken = new AtomicReference<>();
        long[] count = {0};
        jdbc.query("SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, "
                        + "e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data, "
                        + "c.previous_hash, c.hash, c.sequence_number AS chained_sequence "
                        + "FROM domain_event_entry e LEFT JOIN event_chain c ON c.global_index = e.global_index "
                        + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number",
                rs -> {
                    if (broken.get() != null) {
                        return;
                    }
                    long sequence = rs.getLong("sequence_number");
                    long globalIndex = rs.getLong("global_index");
                    String eventId = rs.getString("event_identifier");
                    byte[] storedHash = rs.getBytes("hash");
                    if (sequence != count[0]) {
                        broken.set(new Break(count[0], null, null, "event " + count[0] + " is missing"));
                    } else if (storedHash == null) {
                        broken.set(new Break(sequence, globalIndex, eventId, "the event has no link in the chain"));
                    } else if (rs.getLong("chained_sequence") != sequence
                            || !MessageDigest.isEqual(rs.getBytes("previous_hash"), previous.get())) {
                        broken.set(new Break(sequence, globalIndex, eventId,
                                "the event's link does not follow the previous event"));
                    } else {
                        byte[] recomputed = link(previous.get(), eventId, rs.getString("aggregate_identifier"),
                                sequence, rs.getString("type"), rs.getString("payload_type"),
                                rs.getString("payload_revision"), rs.getString("time_stamp"),
                                rs.getBytes("payload"), rs.getBytes("meta_data"));
                        if (!MessageDigest.isEqual(recomputed, storedHash)) {
                            broken.set(new Break(sequence, globalIndex, eventId,
                                    "the event's content or metadata differs from what was recorded"));
                        } else {
                            previous.set(storedHash);
                            count[0]++;
                        }
                    }
                }, caseId.toString());
        if (broken.get() == null && orphanedLinks(caseId, count[0])) {
            broken.set(new Break(count[0], null, null, "events recorded in the chain are missing from the store"));
        }
        Break firstBreak = broken.get();
        List<SnapshotSeals.RejectedSnapshot> rejected = snapshots.check(caseId, snapshotStates);
        return new Verification(caseId, firstBreak == null, count[0],
                firstBreak == null && count[0] > 0 ? HexFormat.of().formatHex(previous.get()) : null, firstBreak,
                rejected.isEmpty(), rejected);
    }

    public boolean exists(UUID caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE "
                + "aggregate_identifier = ?)", Boolean.class, caseId.toString()));
    }

    private boolean orphanedLinks(UUID caseId, long verifiedEvents) {
        Integer links = jdbc.queryForObject("SELECT count(*) FROM event_chain WHERE aggregate_identifier = ?",
                Integer.class, caseId.toString());
        return links != null && links > verifiedEvents;
    }

    static byte[] link(byte[] previous, String eventIdentifier, String aggregateIdentifier, long sequence,
                       String type, String payloadType, String payloadRevision, String timeStamp,
                       byte[] payload, byte[] metaData) {
        MessageDigest digest = sha256();
        digest.update(previous);
        for (String text : new String[]{eventIdentifier, aggregateIdentifier, Long.toString(sequence), type,
                payloadType, payloadRevision, timeStamp}) {
            digest.update(sha256().digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        }
        digest.update(sha256().digest(payload));
        digest.update(sha256().digest(metaData == null ? new byte[0] : metaData));
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
