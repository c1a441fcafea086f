package org.fullaccounting.api.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fullaccounting.casefile.CaseFile;
import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.casefile.api.NoteAddedEvent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Fixtures for tamper tests: many events fast, and what a superuser could do behind the app's back. */
public final class Tampering {

    private Tampering() {
    }

    /**
     * Notes {@code first..last} published straight to the event store, past the aggregate and its
     * rules (chained by the database as usual; the read models kept in the writing transaction,
     * such as the case header, see them as they would any event).
     */
    public static void appendNotes(EventStore storage, TransactionTemplate transaction, UUID caseId,
                                   long first, long last) {
        transaction.executeWithoutResult(status -> {
            List<DomainEventMessage<?>> notes = new ArrayList<>();
            for (long sequence = first; sequence <= last; sequence++) {
                notes.add(new GenericDomainEventMessage<>("CaseFile", caseId.toString(), sequence,
                        new NoteAddedEvent(caseId, UUID.randomUUID(), "note " + sequence)));
            }
            storage.publish(notes);
        });
    }

    /**
     * Loads the case's aggregate as a command would (latest snapshot plus the events after it), so
     * Axon snapshots it once past the threshold; answers the version it loaded.
     */
    public static CaseVersion loadCase(org.axonframework.config.Configuration axon, UUID caseId) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            CaseVersion version = CaseVersion.ofAggregateVersion(
                    axon.repository(CaseFile.class).load(caseId.toString()).version());
            unitOfWork.commit();
            return version;
        } catch (RuntimeException failure) {
            unitOfWork.rollback(failure);
            throw failure;
        }
    }

    /** Rewrites the status in the case's stored snapshot to ACCOUNTED_FOR, triggers off. */
    public static void forgeSnapshotStatus(JdbcTemplate superuser, UUID caseId) {
        asSuperuserWithoutTriggers(superuser, "UPDATE snapshot_event_entry SET payload = convert_to(replace("
                + "convert_from(payload, 'UTF8'), '\"status\":\"MISSING_IN_ACTION\"', '\"status\":\"ACCOUNTED_FOR\"'), "
                + "'UTF8') WHERE aggregate_identifier = '" + caseId + "'");
    }

    /** What someone with the database's superuser rights could do: statements with every trigger off. */
    public static void asSuperuserWithoutTriggers(JdbcTemplate superuser, String sql) {
        superuser.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                statement.execute(sql);
            }
            return null;
        });
    }
}
