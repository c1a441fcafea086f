package org.fullaccounting.api.application.reports;

import org.fullaccounting.projections.reports.CorrelationView;
import org.fullaccounting.projections.reports.ReportView;

import java.util.List;

/** One sighting report with the cases it is correlated with, each with its own assessments. */
public record ReportPage(ReportView report, List<CorrelationView> correlations) {
}
