package org.fullaccounting.api.web.remains.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.IdentificationMethod;

import java.util.UUID;

/** POST /api/accessions/{id}/identifications: the candidate identified, how, when, and the sample it matched. */
public record IdentificationRequest(
        @NotNull UUID caseId,
        @NotNull IdentificationMethod method,
        @NotBlank @PartialDate String identifiedOn,
        @NotBlank @Size(max = 500) String sample) {
}
