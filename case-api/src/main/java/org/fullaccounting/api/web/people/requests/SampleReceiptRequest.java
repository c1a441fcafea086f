package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** POST /api/cases/{caseId}/samples/{sampleId}/receipt */
public record SampleReceiptRequest(@NotNull @LaboratoryDay LocalDate receivedOn) {
}
