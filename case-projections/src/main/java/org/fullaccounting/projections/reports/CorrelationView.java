package org.fullaccounting.projections.reports;

import org.fullaccounting.casefile.api.Assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case a report is correlated with: the case's name as the search read model knows it (null while
 * it catches up), its current assessment and why, and every assessment in order.
 */
public record CorrelationView(UUID reportId, UUID caseId, String displayName, Assessment assessment, String reason,
                              Instant correlatedAt, String correlatedBy, List<AssessmentView> assessments) {
}
