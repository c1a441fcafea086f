package org.fullaccounting.projections.reports;

import java.time.Instant;
import java.util.List;

/**
 * A report as one case it is correlated with shows it: the report, whether its registered source is
 * restricted, when and by whom it was correlated with this case, and this case's assessments only
 * (never another case's).
 */
public record CaseReport(ReportView report, boolean sourceRestricted, Instant correlatedAt, String correlatedBy,
                         List<AssessmentView> assessments) {

    /** This report with its registered source described otherwise (as it stood at a past instant). */
    public CaseReport withSource(String title, boolean restricted) {
        ReportView r = report;
        return new CaseReport(new ReportView(r.reportId(), r.observedOn(), r.reportedOn(), r.place(), r.sourceKind(),
                r.witness(), r.description(), r.sourceId(), title, r.version(), r.recordedAt(), r.recordedBy(),
                r.correlations(), r.unresolved()), restricted, correlatedAt, correlatedBy, assessments);
    }

    /** The assessment in force: the last one. */
    public AssessmentView current() {
        return assessments.get(assessments.size() - 1);
    }
}
