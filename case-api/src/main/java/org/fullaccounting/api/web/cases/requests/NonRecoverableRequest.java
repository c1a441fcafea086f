package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.DesignateNonRecoverableCommand;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** POST /api/cases/{caseId}/non-recoverable-designations: the analysts' conclusion, its date and why. */
public record NonRecoverableRequest(
        @NotBlank @PartialDate String designatedOn,
        @Size(max = 300) String authority,
        @NotBlank @Size(max = 10000) String reason,
        @NotBlank @Size(max = 1000) String source) implements EntryRequest {

    @Override
    public DesignateNonRecoverableCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new DesignateNonRecoverableCommand(caseId, entryId, HistoricalDate.ofNullable(designatedOn), authority,
                reason, source, expectedVersion);
    }
}
