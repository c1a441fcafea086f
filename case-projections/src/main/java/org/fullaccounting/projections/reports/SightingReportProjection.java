package org.fullaccounting.projections.reports;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.reports.api.CaseCorrelatedEvent;
import org.fullaccounting.casefile.reports.api.CorrelationAssessedEvent;
import org.fullaccounting.casefile.reports.api.SightingReportFiledEvent;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * Sighting reports, their correlations and every assessment, from the reports' events. Run by a
 * subscribing processor (ProjectionsConfig) in the writing transaction: a report reads back at once
 * and a correlation shows in the case's history as soon as it is made. Idempotent: rows are keyed
 * by report (and case or sequence) and a correlation's current assessment moves only forward.
 */
public class SightingReportProjection {

    public static final String NAME = "sighting-reports";

    private static final String VERSION = "UPDATE sighting_report SET version = ? WHERE report_id = ? AND version < ?";
    private static final String ASSESSMENT = "INSERT INTO sighting_report_assessment (report_id, sequence, case_id,"
            + " assessment, previous_assessment, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (report_id, sequence) DO NOTHING";

    private final JdbcTemplate jdbc;

    public SightingReportProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
    }

    @EventHandler
    void on(SightingReportFiledEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        jdbc.update("INSERT INTO sighting_report (report_id, observed_on, observed_day, reported_on, reported_day,"
                        + " place, source_kind, witness, description, source_id, version, recorded_at, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (report_id) DO NOTHING",
                e.reportId(), Sql.text(e.observedOn()), Sql.earliest(e.observedOn()), Sql.text(e.reportedOn()),
                Sql.earliest(e.reportedOn()), e.place(), e.sourceKind().name(), e.witness(), e.description(),
                e.sourceId(), sequence + 1, Sql.at(at), user);
    }

    @EventHandler
    void on(CaseCorrelatedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        jdbc.update("INSERT INTO sighting_report_correlation (report_id, case_id, assessment, reason,"
                        + " assessment_sequence, correlated_at, correlated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (report_id, case_id) DO NOTHING",
                e.reportId(), e.caseId(), e.assessment().name(), e.reason(), sequence, Sql.at(at), user);
        jdbc.update(ASSESSMENT, e.reportId(), sequence, e.caseId(), e.assessment().name(), null, e.reason(),
                Sql.at(at), user);
        jdbc.update(VERSION, sequence + 1, e.reportId(), sequence + 1);
    }

    @EventHandler
    void on(CorrelationAssessedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        jdbc.update("UPDATE sighting_report_correlation SET assessment = ?, reason = ?, assessment_sequence = ?"
                        + " WHERE report_id = ? AND case_id = ? AND assessment_sequence < ?",
                e.assessment().name(), e.reason(), sequence, e.reportId(), e.caseId(), sequence);
        jdbc.update(ASSESSMENT, e.reportId(), sequence, e.caseId(), e.assessment().name(),
                e.previousAssessment() == null ? null : e.previousAssessment().name(), e.reason(), Sql.at(at), user);
        jdbc.update(VERSION, sequence + 1, e.reportId(), sequence + 1);
    }
}
