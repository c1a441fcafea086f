package org.fullaccounting.casefile.reports.api;

import org.fullaccounting.casefile.api.Assessment;

import java.util.UUID;

/** The report was assessed anew for one correlated case; {@code previousAssessment} is the one it replaces. */
public record CorrelationAssessedEvent(UUID reportId, UUID caseId, Assessment assessment,
                                       Assessment previousAssessment, String reason) implements SightingReportEvent {
}
