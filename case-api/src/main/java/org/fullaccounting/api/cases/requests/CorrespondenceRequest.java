package org.fullaccounting.api.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.cases.PartialDate;
import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.Direction;

/** POST /api/cases/{caseId}/correspondence */
public record CorrespondenceRequest(
        @NotBlank @PartialDate String date,
        @NotNull CorrespondenceKind kind,
        @NotNull Direction direction,
        @Size(max = 300) String from,
        @Size(max = 300) String to,
        @NotBlank @Size(max = 500) String subject,
        @Size(max = 10000) String summary,
        @Size(max = 500) String documentRef,
        boolean restricted) {
}
