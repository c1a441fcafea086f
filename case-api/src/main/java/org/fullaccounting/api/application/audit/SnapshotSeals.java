package org.fullaccounting.api.application.audit;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.fullaccounting.casefile.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/**
 * A snapshot is trusted only while it proves that it is the one sealed when it was stored, for the
 * history it was taken from (see V9__snapshot_seals.sql): the same content hash, and the chain
 * hash of the event it summarises unchanged. As Axon's snapshot filter it discards any other on
 * load, so the case is rebuilt from its (chained) events; {@link #check} tells an auditor.
 */
@Component
public class SnapshotSeals implements SnapshotFilter {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSeals.class);

    private static final String SEAL = "SELECT s.aggregate_identifier, s.sequence_number, s.content_hash, "
            + "s.chain_hash, c.hash AS current_chain_hash FROM snapshot_seal s LEFT JOIN event_chain c "
            + "ON c.aggregate_identifier = s.aggregate_identifier AND c.sequence_number = s.sequence_number "
            + "WHERE s.event_identifier = ?";

    private final JdbcTemplate jdbc;

    SnapshotSeals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored snapshot that may not be used, and why. */
    public record RejectedSnapshot(long sequenceNumber, String snapshotIdentifier, String reason) {
    }

    /** The stored columns a seal covers, as Axon hands them over or as they are read for an audit. */
    /** The snapshot format the aggregate reads now (Axon's revision filter discards the others on load). */
    private static final String CURRENT_REVISION = CaseFile.class.getAnnotation(Revision.class).value();

    record Content(String snapshotIdentifier, String aggregateIdentifier, long sequenceNumber, String payloadType,
                   String payloadRevision, byte[] payload, byte[] metaData) {
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        Content content = new Content(snapshot.getEventIdentifier(), snapshot.getAggregateIdentifier(),
                snapshot.getSequenceNumber(), snapshot.getPayload().getType().getName(),
                snapshot.getPayload().getType().getRevision(), bytes(snapshot.getPayload().getData()),
                metaData(snapshot));
        String reason = problem(content);
        if (reason != null) {
            log.warn("Snapshot {} of case {} at event {} not used, the case is rebuilt from its events: {}",
                    content.snapshotIdentifier(), content.aggregateIdentifier(), content.sequenceNumber(), reason);
        }
        return reason == null;
    }

    /**
     * Every stored snapshot of the case that would be discarded on load, or that (sealed though it
     * is) does not hold the state the case's events give.
     */
    public List<RejectedSnapshot> check(UUID caseId, SnapshotStates states) {
        return jdbc.query("SELECT event_identifier, aggregate_identifier, sequence_number, payload_type, "
                        + "payload_revision, payload, meta_data FROM snapshot_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number", (rs, row) -> new Content(rs.getString("event_identifier"),
                        rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("payload_type"),
                        rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data")),
                caseId.toString()).stream()
                .map(content -> {
                    String reason = problem(content);
                    if (reason == null && !CURRENT_REVISION.equals(content.payloadRevision())) {
                        // Sealed, so unaltered; but of an earlier shape of the case, which no fold gives any more.
                        reason = "an older format of the case (" + (content.payloadRevision() == null ? "no revision"
                                : "revision " + content.payloadRevision()) + "): not used on load, the case's next "
                                + "snapshot replaces it";
                    } else if (reason == null
                            && !states.matchesEvents(caseId, content.sequenceNumber(), content.payload())) {
                        reason = "the snapshot's state is not what the case's events give";
                    }
                    return reason == null ? null
                            : new RejectedSnapshot(content.sequenceNumber(), content.snapshotIdentifier(), reason);
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Null when the snapshot matches its seal and the chain; otherwise what is wrong. */
    private String problem(Content content) {
        List<String> reasons = jdbc.query(SEAL, (rs, row) -> {
            if (!content.aggregateIdentifier().equals(rs.getString("aggregate_identifier"))
                    || content.sequenceNumber() != rs.getLong("sequence_number")) {
                return "the snapshot was moved to another case or event";
            }
            if (!MessageDigest.isEqual(contentHash(content), rs.getBytes("content_hash"))) {
                return "the snapshot's content differs from what was stored";
            }
            byte[] sealedChain = rs.getBytes("chain_hash");
            if (sealedChain == null || !MessageDigest.isEqual(sealedChain, rs.getBytes("current_chain_hash"))) {
                return "the events the snapshot summarises are not the ones in the chain";
            }
            return "";
        }, content.snapshotIdentifier());
        if (reasons.isEmpty()) {
            return "the snapshot has no seal (not stored through the event store)";
        }
        return reasons.get(0).isEmpty() ? null : reasons.get(0);
    }

    /** Exactly fa_snapshot_content_hash in V9__snapshot_seals.sql. */
    static byte[] contentHash(Content content) {
        MessageDigest digest = sha256();
        for (String text : new String[]{content.aggregateIdentifier(), Long.toString(content.sequenceNumber()),
                content.payloadType(), content.payloadRevision()}) {
            digest.update(sha256().digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        }
        digest.update(sha256().digest(content.payload() == null ? new byte[0] : content.payload()));
        digest.update(sha256().digest(content.metaData() == null ? new byte[0] : content.metaData()));
        return digest.digest();
    }

    private static byte[] metaData(DomainEventData<?> snapshot) {
        try {
            return bytes(snapshot.getMetaData().getData());
        } catch (RuntimeException missing) {
            // A NULL meta_data column; hashed as empty, as the trigger does.
            return null;
        }
    }

    private static byte[] bytes(Object data) {
        if (data == null || data instanceof byte[]) {
            return (byte[]) data;
        }
        // The event store is configured for byte[] (AxonConfig); anything else cannot match a seal.
        return data.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
