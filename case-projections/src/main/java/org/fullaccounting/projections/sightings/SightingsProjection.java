package org.fullaccounting.projections.sightings;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.api.CaseOpenedEvent;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.casefile.api.SightingAssessedEvent;
import org.fullaccounting.casefile.api.SightingReportedEvent;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.fullaccounting.projections.Writes;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static org.fullaccounting.projections.Sql.*;

/**
 * Every sighting report across cases with its latest assessment. Keyed by sighting id; an
 * assessment applies only when newer than the one stored, so replays cannot roll one back.
 */
public class SightingsProjection {

    public static final String NAME = "sightings";

    private static final String CASE = "INSERT INTO sighting_case (case_id, service_number, display_name)"
            + " VALUES (?, ?, ?) ON CONFLICT (case_id) DO NOTHING";
    private static final String SIGHTING = "INSERT INTO sighting (sighting_id, case_id, sequence, observed_on,"
            + " observed_day, reported_on, reported_day, place, source_kind, witness, description, source, recorded_at,"
            + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sighting_id) DO NOTHING";
    private static final String ASSESS = "UPDATE sighting SET assessment = ?, assessment_reason = ?, assessed_at = ?,"
            + " assessed_by = ?, assessment_sequence = ? WHERE sighting_id = ? AND assessment_sequence < ?";
    private static final String RETRACT = "UPDATE sighting SET retracted = true, retraction_reason = ?"
            + " WHERE sighting_id = ?";

    private final JdbcTemplate jdbc;
    private final Writes writes;

    public SightingsProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
        this.writes = new Writes(jdbc, List.of(CASE, SIGHTING, ASSESS, RETRACT));
    }

    @EventHandler
    void on(CaseOpenedEvent e) {
        writes.update(CASE, e.caseId(), e.serviceNumber(), e.name().display());
    }

    @EventHandler
    void on(SightingReportedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        writes.update(SIGHTING, e.entryId(), e.caseId(), sequence, text(e.observedOn()), earliest(e.observedOn()),
                text(e.reportedOn()), earliest(e.reportedOn()), e.place(), name(e.sourceKind()), e.witness(),
                e.description(), e.source(), at(at), user);
    }

    @EventHandler
    void on(SightingAssessedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        writes.update(ASSESS, name(e.assessment()), e.reason(), at(at), user, sequence, e.sightingId(), sequence);
    }

    @EventHandler
    void on(EntryRetractedEvent e) {
        writes.update(RETRACT, e.reason(), e.retractedEntryId());
    }

    @ResetHandler
    void reset() {
        Sql.truncate(jdbc, "sighting", "sighting_case");
    }
}
