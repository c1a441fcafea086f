package org.fullaccounting.api.application.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

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
        ChainWalk walk = new ChainWalk();
        jdbc.query(CHAIN_OF_CASE, walk::visit, caseId.toString());
        if (walk.broken == null && orphanedLinks(caseId, walk.count)) {
            walk.broken = new Break(walk.count, null, null, "events recorded in the chain are missing from the store");
        }
        Break firstBreak = walk.broken;
        List<SnapshotSeals.RejectedSnapshot> rejected = snapshots.check(caseId, snapshotStates);
        return new Verification(caseId, firstBreak == null, walk.count,
                firstBreak == null && walk.count > 0 ? HexFormat.of().formatHex(walk.previous) : null, firstBreak,
                rejected.isEmpty(), rejected);
    }

    private static final String CHAIN_OF_CASE = "SELECT e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data, "
            + "c.previous_hash, c.hash, c.sequence_number AS chained_sequence "
            + "FROM domain_event_entry e LEFT JOIN event_chain c ON c.global_index = e.global_index "
            + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number";

    /** Follows one case's events in order, recomputing each link, up to the first break. */
    private static final class ChainWalk {

        private byte[] previous = GENESIS;
        private Break broken;
        private long count;

        void visit(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            byte[] storedHash = rs.getBytes("hash");
            broken = check(rs, storedHash);
            if (broken == null) {
                previous = storedHash;
                count++;
            }
        }

        private Break check(ResultSet rs, byte[] storedHash) throws SQLException {
            long sequence = rs.getLong("sequence_number");
            long globalIndex = rs.getLong("global_index");
            String eventId = rs.getString("event_identifier");
            if (sequence != count) {
                return new Break(count, null, null, "event " + count + " is missing");
            }
            if (storedHash == null) {
                return new Break(sequence, globalIndex, eventId, "the event has no link in the chain");
            }
            if (rs.getLong("chained_sequence") != sequence
                    || !MessageDigest.isEqual(rs.getBytes("previous_hash"), previous)) {
                return new Break(sequence, globalIndex, eventId, "the event's link does not follow the previous event");
            }
            byte[] recomputed = link(previous, eventId, rs.getString("aggregate_identifier"), sequence,
                    rs.getString("type"), rs.getString("payload_type"), rs.getString("payload_revision"),
                    rs.getString("time_stamp"), rs.getBytes("payload"), rs.getBytes("meta_data"));
            return MessageDigest.isEqual(recomputed, storedHash) ? null : new Break(sequence, globalIndex, eventId,
                    "the event's content or metadata differs from what was recorded");
        }
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
