package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.NotNull;
import org.fullaccounting.casefile.people.api.Line;
import org.fullaccounting.casefile.people.api.SampleType;

import java.time.LocalDate;
import java.util.UUID;

/** POST /api/cases/{caseId}/samples: a kit requested from a donor on the case. */
public record SampleRequest(
        @NotNull UUID donorId,
        @NotNull SampleType type,
        @NotNull Line line,
        @NotNull @LaboratoryDay LocalDate requestedOn) {
}
