package org.fullaccounting.api.application.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fullaccounting.api.application.audit.ArchiveReader;
import org.fullaccounting.api.application.audit.AuditArchive;
import org.fullaccounting.api.application.audit.AuditEvents;
import org.fullaccounting.api.application.audit.EventChain;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.api.infrastructure.axon.NodeName;
import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseOpenedEvent;
import org.fullaccounting.projections.caseheader.CaseHeaderProjection;
import org.fullaccounting.projections.familylinks.FamilyLinkProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
import java.util.Objects;
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

    private static final Logger log = LoggerFactory.getLogger(ArchiveRestore.class);
    static final int BATCH = 1000;
    private static final int MAX_LISTED = 1000;
    /** Byte-exact serialization of the archived JSON: no Spring customisations, no indentation. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final String node;
    private final EventChain chain;
    private final ObjectProvider<EventStore> events;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private final CaseHeaderProjection caseHeader;
    private final FamilyLinkProjection familyLinks;
    private final Projections projections;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "archive-restore");
        thread.setDaemon(true);
        return thread;
    });

    ArchiveRestore(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json, Clock clock,
                   NodeName node, EventChain chain, ObjectProvider<EventStore> events,
                   ObjectProvider<org.axonframework.config.Configuration> axon, CaseHeaderProjection caseHeader,
                   FamilyLinkProjection familyLinks, Projections projections) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.node = node.value();
        this.chain = chain;
        this.events = events;
        this.axon = axon;
        this.caseHeader = caseHeader;
        this.familyLinks = familyLinks;
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
            fail(restoreId, failure);
            jdbc.update("DELETE FROM restore_event WHERE restore_id = ?", restoreId);
            throw failure;
        }
        background.submit(() -> apply(restoreId));
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
            return new Object[]{restoreId, line, event.position(), event.caseId().toString(), event.sequence(),
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

    /** In the background: append, rebuild, check. */
    private void apply(UUID restoreId) {
        try {
            requireEmpty();
            append(restoreId);
            rebuild(restoreId);
            check(restoreId);
        } catch (RuntimeException failure) {
            log.error("Restore {} failed", restoreId, failure);
            fail(restoreId, failure);
        } finally {
            jdbc.update("DELETE FROM restore_event WHERE restore_id = ?", restoreId);
        }
    }

    private void append(UUID restoreId) {
        Long lastPosition = jdbc.queryForObject("SELECT max(global_index) FROM restore_event WHERE restore_id = ?",
                Long.class, restoreId);
        if (lastPosition != null) {
            // First, so that a write arriving meanwhile takes a position after the archive's, never one of them.
            jdbc.queryForObject("SELECT fa_advance_event_positions(?)", Long.class, lastPosition);
        }
        long lines = jdbc.queryForObject("SELECT coalesce(max(line), 0) FROM restore_event WHERE restore_id = ?",
                Long.class, restoreId);
        for (long from = 0; from < lines; from += BATCH * 5L) {
            long after = from;
            long upTo = Math.min(lines, from + BATCH * 5L);
            transaction.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                        + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
                        + "SELECT global_index, aggregate_identifier, sequence_number, type, event_identifier, meta_data, "
                        + "payload, payload_revision, payload_type, time_stamp FROM restore_event "
                        + "WHERE restore_id = ? AND line > ? AND line <= ? ORDER BY line", restoreId, after, upTo);
                jdbc.update("UPDATE restore_job SET events_applied = ?, updated_at = ? WHERE restore_id = ?", upTo,
                        now(), restoreId);
            });
        }
        jdbc.update("UPDATE restore_job SET state = 'REBUILDING', updated_at = ? WHERE restore_id = ?", now(), restoreId);
    }

    /**
     * The read models kept in the writing transaction, and the service number claims, folded from
     * the restored events case by case (read back through Axon's serializer and upcasters, as a
     * command would read them); one transaction per case.
     */
    private void rebuild(UUID restoreId) {
        AnnotationEventHandlerAdapter header = new AnnotationEventHandlerAdapter(caseHeader,
                axon.getObject().parameterResolverFactory());
        AnnotationEventHandlerAdapter links = new AnnotationEventHandlerAdapter(familyLinks,
                axon.getObject().parameterResolverFactory());
        List<String> cases = jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM restore_event "
                + "WHERE restore_id = ?", String.class, restoreId);
        long rebuilt = 0;
        for (String caseId : cases) {
            transaction.executeWithoutResult(status -> {
                UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
                try {
                    events.getObject().readEvents(caseId, 0).asStream().forEach(event -> fold(event, header, links));
                    unitOfWork.commit();
                } catch (RuntimeException failure) {
                    unitOfWork.rollback(failure);
                    throw failure;
                }
            });
            if (++rebuilt % 100 == 0 || rebuilt == cases.size()) {
                jdbc.update("UPDATE restore_job SET cases_rebuilt = ?, updated_at = ? WHERE restore_id = ?", rebuilt,
                        now(), restoreId);
            }
        }
    }

    private void fold(DomainEventMessage<?> event, AnnotationEventHandlerAdapter... handlers) {
        try {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("event " + event.getIdentifier() + " cannot be applied: " + e.getMessage(), e);
        }
        if (event.getPayload() instanceof CaseOpenedEvent opened) {
            jdbc.update("INSERT INTO service_number_claim (service_number, case_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    ServiceNumberRegistry.normalize(opened.serviceNumber()), opened.caseId());
        }
    }

    /** Every manifest head against the restored chain, recomputed from the stored rows. */
    private void check(UUID restoreId) {
        List<Difference> differing = new ArrayList<>();
        long[] matching = {0};
        long[] differ = {0};
        jdbc.query("SELECT case_id, events, head_hash FROM restore_head WHERE restore_id = ? ORDER BY case_id", rs -> {
            UUID caseId = rs.getObject("case_id", UUID.class);
            long events = rs.getLong("events");
            String head = rs.getString("head_hash");
            EventChain.Verification restored = chain.verify(caseId);
            String reason = !restored.valid() ? "the restored chain breaks at event "
                    + restored.brokenAt().sequenceNumber() + ": " + restored.brokenAt().reason()
                    : restored.events() != events ? "the restored case has " + restored.events() + " events"
                    : !Objects.equals(restored.headHash(), head) ? "the restored head differs from the manifest's" : null;
            if (reason == null) {
                matching[0]++;
            } else {
                differ[0]++;
                if (differing.size() < MAX_LISTED) {
                    differing.add(new Difference(caseId, events, head, restored.events(), restored.headHash(), reason));
                }
            }
        }, restoreId);
        Long notInManifest = jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM restore_event e "
                + "WHERE restore_id = ? AND NOT EXISTS (SELECT 1 FROM restore_head h WHERE h.restore_id = e.restore_id "
                + "AND h.case_id::text = e.aggregate_identifier)", Long.class, restoreId);
        boolean allMatch = differ[0] == 0 && notInManifest == 0;
        jdbc.update("UPDATE restore_job SET state = ?, heads_matching = ?, heads_differing = ?, differing = ?, "
                        + "failure = ?, updated_at = ?, ended_at = ? WHERE restore_id = ?", allMatch ? "DONE" : "FAILED",
                matching[0], differ[0] + notInManifest, write(differing),
                allMatch ? null : (differ[0] + " cases' heads differ from the manifest's; " + notInManifest
                        + " restored cases are not in it"), now(), now(), restoreId);
        log.info("Restore {} ended: {} heads match, {} differ", restoreId, matching[0], differ[0] + notInManifest);
    }

    private void fail(UUID restoreId, RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        jdbc.update("UPDATE restore_job SET state = 'FAILED', failure = ?, updated_at = ?, ended_at = ? "
                + "WHERE restore_id = ?", message.length() > 2000 ? message.substring(0, 2000) : message, now(), now(),
                restoreId);
    }

    private String write(List<Difference> differing) {
        try {
            return json.writeValueAsString(differing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
