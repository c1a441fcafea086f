package org.fullaccounting.api.web.remains.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** POST /api/accessions/{id}/candidates and .../exclusions: the case, and why it is a candidate or ruled out. */
public record CandidateRequest(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 2000) String reason) {
}
