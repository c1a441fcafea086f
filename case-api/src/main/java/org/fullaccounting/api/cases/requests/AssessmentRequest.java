package org.fullaccounting.api.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.Assessment;

/** POST /api/cases/{caseId}/sightings/{sightingId}/assessments */
public record AssessmentRequest(
        @NotNull Assessment assessment,
        @NotBlank @Size(max = 10000) String reason) {
}
