package org.fullaccounting.api.application.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fullaccounting.api.application.admin.ArchiveRestore.Difference;
import org.fullaccounting.api.application.audit.EventChain;
import org.fullaccounting.api.infrastructure.database.TableStatistics;
import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseOpenedEvent;
import org.fullaccounting.projections.caseheader.CaseHeaderProjection;
import org.fullaccounting.projections.familylinks.FamilyLinkProjection;
import org.fullaccounting.projections.people.PeopleProjection;
import org.fullaccounting.projections.reports.SightingReportProjection;
import org.fullaccounting.projections.findings.FindingProjection;
import org.fullaccounting.projections.namedlists.NamedListProjection;
import org.fullaccounting.projections.sources.SourceRegisterProjection;
import org.fullaccounting.projections.places.PlacesProjection;
import org.fullaccounting.projections.remains.AccessionRegisterProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What {@link ArchiveRestore} does in the background once an archive is staged: append the events
 * (APPLYING), gather the tables' statistics, fold the read models kept in the writing transaction
 * (REBUILDING), compare every chain head with the manifest's (DONE or FAILED). Each step records its
 * progress in restore_job.
 */
@Component
class RestoreSteps {

    private static final Logger log = LoggerFactory.getLogger(RestoreSteps.class);
    private static final int MAX_LISTED = 1000;
    private static final int APPEND_LINES = ArchiveRestore.BATCH * 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final EventChain chain;
    private final TableStatistics statistics;
    private final ObjectProvider<EventStore> events;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private final CaseHeaderProjection caseHeader;
    private final FamilyLinkProjection familyLinks;
    private final SourceRegisterProjection sourceRegister;
    private final PeopleProjection people;
    private final SightingReportProjection sightingReports;
    private final NamedListProjection namedLists;
    private final FindingProjection findings;
    private final AccessionRegisterProjection accessions;
    private final PlacesProjection places;

    RestoreSteps(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json, Clock clock,
                 EventChain chain, TableStatistics statistics, ObjectProvider<EventStore> events,
                 ObjectProvider<org.axonframework.config.Configuration> axon, CaseHeaderProjection caseHeader,
                 FamilyLinkProjection familyLinks, SourceRegisterProjection sourceRegister,
                 PeopleProjection people,
                 SightingReportProjection sightingReports,
                 NamedListProjection namedLists, FindingProjection findings,
                 AccessionRegisterProjection accessions, PlacesProjection places) {
        this.accessions = accessions;
        this.places = places;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.chain = chain;
        this.statistics = statistics;
        this.events = events;
        this.axon = axon;
        this.caseHeader = caseHeader;
        this.familyLinks = familyLinks;
        this.sourceRegister = sourceRegister;
        this.people = people;
        this.sightingReports = sightingReports;
        this.namedLists = namedLists;
        this.findings = findings;
    }

    /** In the background: append, rebuild, check. */
    void apply(UUID restoreId) {
        try {
            requireStillEmpty();
            long appended = append(restoreId);
            // The whole store was just written: the rebuild and the check read it case by case, and
            // without statistics each of those reads is planned for thousands of rows (V300).
            statistics.refreshAfter("restoring " + appended + " events");
            rebuild(restoreId);
            check(restoreId);
        } catch (RuntimeException failure) {
            log.error("Restore {} failed", restoreId, failure);
            fail(restoreId, failure);
        } finally {
            jdbc.update("DELETE FROM restore_event WHERE restore_id = ?", restoreId);
        }
    }

    /** Nothing was recorded while the archive was being received. */
    private void requireStillEmpty() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry)", Boolean.class))) {
            throw new IllegalStateException("events were recorded in this installation while the archive was "
                    + "received: it is no longer empty, nothing was restored");
        }
    }

    /** Appends the staged events in archive order; returns how many. */
    private long append(UUID restoreId) {
        Long lastPosition = jdbc.queryForObject("SELECT max(global_index) FROM restore_event WHERE restore_id = ?",
                Long.class, restoreId);
        if (lastPosition != null) {
            // First, so that a write arriving meanwhile takes a position after the archive's, never one of them.
            jdbc.queryForObject("SELECT fa_advance_event_positions(?)", Long.class, lastPosition);
        }
        long lines = jdbc.queryForObject("SELECT coalesce(max(line), 0) FROM restore_event WHERE restore_id = ?",
                Long.class, restoreId);
        for (long from = 0; from < lines; from += APPEND_LINES) {
            long after = from;
            long upTo = Math.min(lines, from + APPEND_LINES);
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
        return lines;
    }

    /**
     * The read models kept in the writing transaction (case header, family links, source register, people, sighting reports:
     * the pooled ones catch up from the stream by themselves), and the service number claims, folded
     * from the restored events aggregate by aggregate (read back through Axon's serializer and upcasters, as a
     * command would read them); one transaction per case.
     */
    private void rebuild(UUID restoreId) {
        AnnotationEventHandlerAdapter[] inTransaction = Stream.of(caseHeader, familyLinks, sourceRegister, people,
                        sightingReports, namedLists, findings, accessions, places)
                .map(model -> new AnnotationEventHandlerAdapter(model, axon.getObject().parameterResolverFactory()))
                .toArray(AnnotationEventHandlerAdapter[]::new);
        List<String> cases = jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM restore_event "
                + "WHERE restore_id = ?", String.class, restoreId);
        long rebuilt = 0;
        for (String caseId : cases) {
            transaction.executeWithoutResult(status -> {
                UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
                try {
                    events.getObject().readEvents(caseId, 0).asStream().forEach(event -> fold(event, inTransaction));
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

    void fail(UUID restoreId, RuntimeException failure) {
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

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
