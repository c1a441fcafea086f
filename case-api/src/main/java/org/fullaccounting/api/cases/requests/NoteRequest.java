package org.fullaccounting.api.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/cases/{caseId}/notes */
public record NoteRequest(
        @NotBlank @Size(max = 10000) String text) {
}
