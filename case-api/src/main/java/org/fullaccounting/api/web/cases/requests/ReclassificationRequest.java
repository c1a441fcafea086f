package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.ReclassifyStatusCommand;
import org.fullaccounting.casefile.api.HistoricalDate;
import java.util.UUID;

/** POST /api/cases/{caseId}/reclassifications */
public record ReclassificationRequest(
        @NotNull CaseStatus to,
        @NotBlank @PartialDate String effectiveOn,
        @NotBlank @Size(max = 300) String authority,
        @Size(max = 10000) String reason,
        @NotBlank @Size(max = 1000) String source) implements EntryRequest {

    @Override
    public ReclassifyStatusCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new ReclassifyStatusCommand(caseId, entryId, to, HistoricalDate.ofNullable(effectiveOn), authority,
                reason, source, expectedVersion);
    }
}
