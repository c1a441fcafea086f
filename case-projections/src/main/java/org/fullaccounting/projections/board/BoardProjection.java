package org.fullaccounting.projections.board;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.fullaccounting.projections.Writes;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static org.fullaccounting.projections.Sql.*;

/**
 * The status board: a case's status and designation follow its events; camps and sightings are
 * kept by their entry id. A status change only applies when it is newer (by the case's sequence)
 * than the last one applied, so a replayed or redelivered event cannot move a case back.
 */
public class BoardProjection {

    public static final String NAME = "board";

    private static final String OPEN = "INSERT INTO board_case (case_id, service_number, family_name, given_name,"
            + " middle_name, display_name, rank, branch, unit, loss_date, loss_earliest, loss_latest, loss_place, status,"
            + " last_seen_alive, opened_at, last_sequence, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)"
            + " ON CONFLICT (case_id) DO NOTHING";
    private static final String CAMP = "INSERT INTO board_camp (entry_id, case_id, camp) VALUES (?, ?, ?)"
            + " ON CONFLICT (entry_id) DO NOTHING";
    private static final String SIGHTING = "INSERT INTO board_sighting (sighting_id, case_id) VALUES (?, ?)"
            + " ON CONFLICT (sighting_id) DO NOTHING";
    /**
     * Every change of a case's status or designation, and their restoring by a retraction, is this
     * one statement (NULL: unchanged): its rows keep their order in a batch, and the sequence guard
     * makes a replayed or redelivered one a no-op.
     */
    private static final String CHANGE = "UPDATE board_case SET status = COALESCE(?, status),"
            + " last_seen_alive = COALESCE(?, last_seen_alive), last_sequence = ?, updated_at = ?"
            + " WHERE case_id = ? AND last_sequence < ?";
    private static final String ASSESS = "UPDATE board_sighting SET assessment = ?, assessment_sequence = ?"
            + " WHERE sighting_id = ? AND assessment_sequence < ?";
    private static final String RETRACT_CAMP = "UPDATE board_camp SET retracted = true WHERE entry_id = ?";
    private static final String RETRACT_SIGHTING = "UPDATE board_sighting SET retracted = true WHERE sighting_id = ?";

    private final JdbcTemplate jdbc;
    private final Writes writes;

    public BoardProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
        this.writes = new Writes(jdbc, List.of(OPEN, CAMP, SIGHTING, CHANGE, ASSESS, RETRACT_CAMP, RETRACT_SIGHTING));
    }

    @EventHandler
    void on(CaseOpenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        PersonName name = e.name();
        writes.update(OPEN, e.caseId(), e.serviceNumber(), name.family(), name.given(), name.middle(), name.display(), e.rank(),
                name(e.branch()), e.unit(), text(e.lossDate()), earliest(e.lossDate()), latest(e.lossDate()),
                e.lossPlace(), name(e.status()), at(at), sequence, at(at));
    }

    @EventHandler
    void on(StatusReclassifiedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        setStatus(e.caseId(), e.to(), sequence, at);
    }

    @EventHandler
    void on(PresumptiveFindingOfDeathMadeEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        setStatus(e.caseId(), CaseStatus.MISSING_PRESUMED_DEAD, sequence, at);
    }

    @EventHandler
    void on(RemainsIdentifiedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        setStatus(e.caseId(), CaseStatus.ACCOUNTED_FOR, sequence, at);
    }

    @EventHandler
    void on(LastSeenAliveDesignatedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        setLastSeenAlive(e.caseId(), true, sequence, at);
    }

    @EventHandler
    void on(LastSeenAliveRemovedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        setLastSeenAlive(e.caseId(), false, sequence, at);
    }

    /** Joining or leaving the Last Seen Alive list changes the designation; other lists do not. */
    @EventHandler
    void on(AddedToListEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (e.lastSeenAlive() != null) {
            setLastSeenAlive(e.caseId(), e.lastSeenAlive(), sequence, at);
        }
    }

    @EventHandler
    void on(RemovedFromListEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (e.lastSeenAlive() != null) {
            setLastSeenAlive(e.caseId(), e.lastSeenAlive(), sequence, at);
        }
    }

    @EventHandler
    void on(FindingAppliedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (e.finding().to() != null) {
            setStatus(e.caseId(), e.finding().to(), sequence, at);
        }
    }

    @EventHandler
    void on(CaptivityFactRecordedEvent e) {
        if (e.kind() == CaptivityFactKind.INTERNED) {
            writes.update(CAMP, e.entryId(), e.caseId(), e.camp());
        }
    }

    @EventHandler
    void on(SightingReportedEvent e) {
        writes.update(SIGHTING, e.entryId(), e.caseId());
    }

    @EventHandler
    void on(SightingAssessedEvent e, @SequenceNumber long sequence) {
        writes.update(ASSESS, name(e.assessment()), sequence, e.sightingId(), sequence);
    }

    @EventHandler
    void on(EntryRetractedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (e.restoredStatus() != null || e.restoredLastSeenAlive() != null) {
            writes.update(CHANGE, name(e.restoredStatus()), e.restoredLastSeenAlive(), sequence, at(at), e.caseId(),
                    sequence);
        }
        writes.update(RETRACT_CAMP, e.retractedEntryId());
        writes.update(RETRACT_SIGHTING, e.retractedEntryId());
    }

    @ResetHandler
    void reset() {
        Sql.truncate(jdbc, "board_sighting", "board_camp", "board_case");
    }

    private void setStatus(java.util.UUID caseId, CaseStatus status, long sequence, Instant at) {
        writes.update(CHANGE, status.name(), null, sequence, at(at), caseId, sequence);
    }

    private void setLastSeenAlive(java.util.UUID caseId, boolean on, long sequence, Instant at) {
        writes.update(CHANGE, null, on, sequence, at(at), caseId, sequence);
    }
}
