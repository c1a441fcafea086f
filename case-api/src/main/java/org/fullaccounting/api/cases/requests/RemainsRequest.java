package org.fullaccounting.api.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.cases.PartialDate;
import org.fullaccounting.casefile.api.IdentificationMethod;

/** POST /api/cases/{caseId}/remains: RECOVERED (date, place, operation) or IDENTIFIED (date, method). */
public record RemainsRequest(
        @NotNull Stage kind,
        @PartialDate String date,
        @Size(max = 300) String place,
        @Size(max = 300) String operation,
        IdentificationMethod method,
        @NotBlank @Size(max = 1000) String source) {

    public enum Stage { RECOVERED, IDENTIFIED }
}
