package org.fullaccounting.api.application.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.fullaccounting.api.application.audit.ArchiveReader;
import org.fullaccounting.api.application.audit.AuditArchive;
import org.fullaccounting.api.application.audit.AuditEvents;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.api.infrastructure.axon.NodeName;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Restores an auditor's archive ({@link AuditArchive}) into an empty installation: the path back
 * after a loss, and between major versions. Every event is appended again exactly as it was
 * stored (identifiers, case, sequence, position, time stamp, type, revision, metadata and payload
 * bytes), so the database's chain trigger links it to the same hash; afterwards each case's head
 * is compared with the manifest's. Accounts are not in an archive and are not touched.
 *
 * <p>The request reads the archive into a staging table (nothing reaches the event store if the
 * archive is cut short or malformed: 400, the staging dropped) and answers 202; the rest runs in
 * the background on the node that received it, its state in {@code restore_job} (V41), readable
 * from any node. A node that dies during a restore leaves it under way; see the README.
 */
@Service
public class ArchiveRestore {

    static final int BATCH = 1000;
    /** Byte-exact serialization of the archived JSON: no Spring customisations, no indentation. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final String node;
    private final RestoreSteps steps;
    private final Projections projections;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "archive-restore");
        thread.setDaemon(true);
        return thread;
    });

    ArchiveRestore(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json, Clock clock,
                   NodeName node, RestoreSteps steps, Projections projections) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.node = node.value();
        this.steps = steps;
        this.projections = projections;
    }

    /** A case whose restored head is not the manifest's. */
    public record Difference(UUID caseId, long archivedEvents, String archivedHead, long restoredEvents,
                             String restoredHead, String reason) {
    }

    public record ReadModel(String name, boolean caughtUp, Long behind) {
    }

    /**
     * A restore's progress. {@code differing}: at most 1000 cases (their number in
     * {@code headsDiffering}); {@code readModels}: the streaming read models as the answering node
     * sees them now (they rebuild by following the restored stream).
     */
    public record Status(UUID restoreId, String state, String requestedBy, Instant requestedAt, String node,
                         UUID archiveId, String archiveSha256, long eventsReceived, Long eventsExpected,
                         long eventsApplied, Long cases, long casesRebuilt, Long headsMatching, Long headsDiffering,
                         List<Difference> differing, String failure, Instant updatedAt, Instant endedAt,
                         List<ReadModel> readModels) {
    }

    /** Reads the archive into staging and starts the restore; refuses a non-empty installation (409). */
    public UUID receive(InputStream archive, String user) {
        requireEmpty();
        UUID restoreId = UUID.randomUUID();
        try {
            jdbc.update("INSERT INTO restore_job (restore_id, requested_by, requested_at, node, state, updated_at) "
                            + "VALUES (?, ?, ?, ?, 'RECEIVING', ?)", restoreId, user.length() > 100 ? user.substring(0, 100) : user,
                    now(), node, now());
        } catch (DuplicateKeyException underWay) {
            throw Refusal.of(RefusalCode.INSTALLATION_NOT_EMPTY, "another restore is under way");
        }
        try {
            stage(restoreId, archive);
        } catch (RuntimeException failure) {
            steps.fail(restoreId, failure);
            jdbc.update("DELETE FROM restore_event WHERE restore_id = ?", restoreId);
            throw failure;
        }
        background.submit(() -> steps.apply(restoreId));
        return restoreId;
    }

    public Status status(UUID restoreId) {
        List<ReadModel> readModels = projections.statuses().stream()
                .map(p -> new ReadModel(p.name(), p.caughtUp(), p.behind())).toList();
        return jdbc.query("SELECT * FROM restore_job WHERE restore_id = ?", (rs, row) -> new Status(
                rs.getObject("restore_id", UUID.class), rs.getString("state"), rs.getString("requested_by"),
                instant(rs.getTimestamp("requested_at")), rs.getString("node"), rs.getObject("archive_id", UUID.class),
                rs.getString("archive_sha256"), rs.getLong("events_received"), (Long) rs.getObject("events_expected"),
                rs.getLong("events_applied"), (Long) rs.getObject("cases"), rs.getLong("cases_rebuilt"),
                (Long) rs.getObject("heads_matching"), (Long) rs.getObject("heads_differing"),
                differences(rs.getString("differing")), rs.getString("failure"), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("ended_at")), readModels), restoreId).stream().findFirst()
                .orElseThrow(() -> Refusal.of(RefusalCode.UNKNOWN_RESTORE, "no restore " + restoreId));
    }

    private void requireEmpty() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry) "
                + "OR EXISTS (SELECT 1 FROM service_number_claim)", Boolean.class))) {
            throw Refusal.of(RefusalCode.INSTALLATION_NOT_EMPTY, "this installation already holds events: an "
                    + "archive is restored only into an empty one (a fresh database)");
        }
    }

    private void stage(UUID restoreId, InputStream archive) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        long[] line = {0};
        ArchiveReader.Read read = ArchiveReader.read(archive, json, event -> {
            rows.add(row(restoreId, ++line[0], event));
            if (rows.size() == BATCH) {
                flush(restoreId, rows, line[0]);
            }
        });
        flush(restoreId, rows, line[0]);
        AuditArchive.Manifest manifest = read.manifest();
        if (manifest.events() != read.eventLines()) {
            throw Refusal.invalid(RefusalCode.INVALID_ARCHIVE, "manifest", "counts " + manifest.events()
                    + " events but the archive holds " + read.eventLines());
        }
        List<Object[]> heads = manifest.cases().stream()
                .map(h -> new Object[]{restoreId, h.caseId(), h.events(), h.headHash()}).toList();
        transaction.executeWithoutResult(status -> {
            jdbc.batchUpdate("INSERT INTO restore_head (restore_id, case_id, events, head_hash) VALUES (?, ?, ?, ?)", heads);
            jdbc.update("UPDATE restore_job SET state = 'APPLYING', archive_id = ?, archive_sha256 = ?, "
                            + "events_expected = ?, cases = ?, updated_at = ? WHERE restore_id = ?", manifest.archiveId(),
                    read.sha256(), manifest.events(), (long) heads.size(), now(), restoreId);
        });
    }

    private Object[] row(UUID restoreId, long line, AuditEvents.AuditEvent event) {
        try {
            JsonNode metadata = event.metadata();
            return new Object[]{restoreId, line, event.position(), event.storedId().toString(), event.sequence(),
                    event.aggregateType(), event.eventId(),
                    metadata == null || metadata.isNull() ? null : PLAIN.writeValueAsBytes(metadata),
                    PLAIN.writeValueAsBytes(event.payload()), event.payloadRevision(), event.payloadType(),
                    event.recordedAt()};
        } catch (JsonProcessingException e) {
            throw Refusal.invalid(RefusalCode.INVALID_ARCHIVE, "line " + line, "cannot be written back: " + e.getMessage());
        }
    }

    private void flush(UUID restoreId, List<Object[]> rows, long received) {
        if (rows.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.batchUpdate("INSERT INTO restore_event (restore_id, line, global_index, aggregate_identifier, "
                    + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, "
                    + "time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            jdbc.update("UPDATE restore_job SET events_received = ?, updated_at = ? WHERE restore_id = ?", received,
                    now(), restoreId);
        });
        rows.clear();
    }

    private List<Difference> differences(String stored) {
        try {
            return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<Difference>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
