package org.fullaccounting.casefile.reports.api;

import org.fullaccounting.casefile.api.Assessment;

import java.util.UUID;

/** The report was correlated with a case, assessed for that case as {@code assessment}, and why. */
public record CaseCorrelatedEvent(UUID reportId, UUID caseId, Assessment assessment, String reason)
        implements SightingReportEvent {
}
