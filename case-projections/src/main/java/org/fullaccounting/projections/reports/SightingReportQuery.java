package org.fullaccounting.projections.reports;

import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.projections.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads sighting reports: the list, one report with its correlations, the queue of correlations
 * still UNRESOLVED, and the reports one case is correlated with (for its history), each with that
 * case's assessments only. Case names come from the search read model, source titles from the register.
 */
public class SightingReportQuery {

    private static final String REPORT = "SELECT r.*, s.title AS source_title, coalesce(s.restricted, false)"
            + " AS source_restricted,"
            + " (SELECT count(*) FROM sighting_report_correlation c WHERE c.report_id = r.report_id) AS correlations,"
            + " (SELECT count(*) FROM sighting_report_correlation c WHERE c.report_id = r.report_id"
            + "   AND c.assessment = 'UNRESOLVED') AS unresolved"
            + " FROM sighting_report r LEFT JOIN source_register s ON s.source_id = r.source_id";

    /** An instant asked for outside these (the year +1000000000) is as good as these, and PostgreSQL holds them. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T00:00:00Z");

    private final JdbcTemplate jdbc;

    public SightingReportQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The most recently recorded reports first, at most {@code limit}. */
    public List<ReportView> list(int limit) {
        return jdbc.query(REPORT + " ORDER BY r.recorded_at DESC, r.report_id LIMIT ?", VIEW, limit);
    }

    public Optional<ReportView> find(UUID reportId) {
        return jdbc.query(REPORT + " WHERE r.report_id = ?", VIEW, reportId).stream().findFirst();
    }

    /** The cases the report is correlated with, by name, each with every assessment in order. */
    public List<CorrelationView> correlations(UUID reportId) {
        Map<UUID, List<AssessmentView>> assessments = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM sighting_report_assessment WHERE report_id = ? ORDER BY sequence", rs -> {
            assessments.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new ArrayList<>())
                    .add(ASSESSMENT.mapRow(rs, 0));
        }, reportId);
        return jdbc.query("SELECT c.*, n.display_name FROM sighting_report_correlation c"
                        + " LEFT JOIN search_case n ON n.case_id = c.case_id WHERE c.report_id = ?"
                        + " ORDER BY c.correlated_at, c.case_id",
                (rs, i) -> {
                    UUID caseId = rs.getObject("case_id", UUID.class);
                    return new CorrelationView(reportId, caseId, rs.getString("display_name"),
                            Assessment.valueOf(rs.getString("assessment")), rs.getString("reason"),
                            Sql.instant(rs, "correlated_at"), rs.getString("correlated_by"),
                            List.copyOf(assessments.getOrDefault(caseId, List.of())));
                }, reportId);
    }

    /** Correlations assessed UNRESOLVED, oldest report first (reported, then observed, then correlated). */
    public List<QueuedCorrelation> unresolvedQueue(int limit) {
        return jdbc.query("SELECT c.*, n.display_name, r.observed_on, r.reported_on, r.place, r.source_kind"
                        + " FROM sighting_report_correlation c JOIN sighting_report r ON r.report_id = c.report_id"
                        + " LEFT JOIN search_case n ON n.case_id = c.case_id WHERE c.assessment = 'UNRESOLVED'"
                        + " ORDER BY r.reported_day, r.observed_day, c.correlated_at, c.report_id, c.case_id LIMIT ?",
                (rs, i) -> new QueuedCorrelation(rs.getObject("report_id", UUID.class),
                        rs.getObject("case_id", UUID.class), rs.getString("display_name"), rs.getString("observed_on"),
                        rs.getString("reported_on"), rs.getString("place"), SourceKind.valueOf(rs.getString("source_kind")),
                        Assessment.valueOf(rs.getString("assessment")), rs.getString("reason"),
                        Sql.instant(rs, "correlated_at")), limit);
    }

    /**
     * The reports correlated with one case as recorded at {@code asOf} (null: now), each with this
     * case's assessments recorded by then. Another case's correlation never enters. Most cases have
     * no report: their assessments are not asked for, so a history read makes one statement here.
     */
    public List<CaseReport> ofCase(UUID caseId, Instant asOf) {
        Timestamp cut = Timestamp.from(asOf == null || asOf.isAfter(LAST) ? LAST : asOf.isBefore(FIRST) ? FIRST : asOf);
        List<CaseReport> correlated = jdbc.query(REPORT.replace(" FROM sighting_report r",
                                ", c.correlated_at, c.correlated_by"
                                + " FROM sighting_report r JOIN sighting_report_correlation c ON c.report_id = r.report_id")
                        + " WHERE c.case_id = ? AND c.correlated_at <= ? ORDER BY r.observed_day, c.correlated_at",
                (rs, i) -> new CaseReport(VIEW.mapRow(rs, i), rs.getBoolean("source_restricted"),
                        Sql.instant(rs, "correlated_at"), rs.getString("correlated_by"), List.of()),
                caseId, cut);
        if (correlated.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<AssessmentView>> assessments = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM sighting_report_assessment WHERE case_id = ? AND recorded_at <= ?"
                + " ORDER BY report_id, sequence", rs -> {
                    assessments.computeIfAbsent(rs.getObject("report_id", UUID.class), id -> new ArrayList<>())
                            .add(ASSESSMENT.mapRow(rs, 0));
                }, caseId, cut);
        return correlated.stream()
                .map(report -> new CaseReport(report.report(), report.sourceRestricted(), report.correlatedAt(),
                        report.correlatedBy(), List.copyOf(assessments.getOrDefault(report.report().reportId(),
                        List.of()))))
                .filter(report -> !report.assessments().isEmpty()).toList();
    }

    private static final RowMapper<AssessmentView> ASSESSMENT = (rs, i) -> {
        String previous = rs.getString("previous_assessment");
        return new AssessmentView(rs.getLong("sequence"), Assessment.valueOf(rs.getString("assessment")),
                previous == null ? null : Assessment.valueOf(previous), rs.getString("reason"),
                Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"));
    };

    private static final RowMapper<ReportView> VIEW = (rs, i) -> new ReportView(rs.getObject("report_id", UUID.class),
            rs.getString("observed_on"), rs.getString("reported_on"), rs.getString("place"),
            SourceKind.valueOf(rs.getString("source_kind")), rs.getString("witness"), rs.getString("description"),
            rs.getObject("source_id", UUID.class), rs.getString("source_title"), rs.getLong("version"),
            Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"), rs.getInt("correlations"),
            rs.getInt("unresolved"));
}
