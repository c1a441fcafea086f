package org.fullaccounting.api.web.reports.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.Assessment;

import java.util.UUID;

/** POST /api/sighting-reports/{reportId}/correlations: a case the report may concern, first assessed. */
public record CorrelationRequest(
        @NotNull UUID caseId,
        @NotNull Assessment assessment,
        @NotBlank @Size(max = 10000) String reason) {
}
