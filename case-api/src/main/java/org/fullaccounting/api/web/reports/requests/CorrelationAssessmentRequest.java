package org.fullaccounting.api.web.reports.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.Assessment;

/**
 * POST /api/sighting-reports/{reportId}/correlations/{caseId}/assessments: a correlation assessed
 * anew. Only what the report's assessment takes: no citation (the report cites its source once,
 * when filed), so a sourceId or locator sent here is refused as an unknown field, not dropped.
 */
public record CorrelationAssessmentRequest(
        @NotNull Assessment assessment,
        @NotBlank @Size(max = 10000) String reason) {
}
