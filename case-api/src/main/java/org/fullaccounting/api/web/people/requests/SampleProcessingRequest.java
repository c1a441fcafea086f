package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** POST /api/cases/{caseId}/samples/{sampleId}/processing: processed, and the laboratory's reference. */
public record SampleProcessingRequest(
        @NotNull @LaboratoryDay LocalDate processedOn,
        @NotBlank @Size(max = 200) String labReference) {
}
