package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.ReopenNonRecoverableCommand;

import java.util.UUID;

/** POST /api/cases/{caseId}/non-recoverable-reopenings: the designation is reopened, as of a date, and why. */
public record ReopeningRequest(
        @NotBlank @PartialDate String reopenedOn,
        @NotBlank @Size(max = 10000) String reason,
        @NotBlank @Size(max = 1000) String source) implements EntryRequest {

    @Override
    public ReopenNonRecoverableCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new ReopenNonRecoverableCommand(caseId, entryId, HistoricalDate.ofNullable(reopenedOn), reason, source,
                expectedVersion);
    }
}
