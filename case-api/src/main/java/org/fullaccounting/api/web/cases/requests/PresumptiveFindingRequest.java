package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.MakePresumptiveFindingOfDeathCommand;

import java.util.UUID;

/** POST /api/cases/{caseId}/presumptive-findings: a finding of death, and the date of death it presumes. */
public record PresumptiveFindingRequest(
        @NotBlank @PartialDate String foundOn,
        @NotBlank @PartialDate String presumedDeathOn,
        @NotBlank @Size(max = 300) String authority,
        @Size(max = 10000) String reason,
        @NotBlank @Size(max = 1000) String source) implements EntryRequest {

    @Override
    public MakePresumptiveFindingOfDeathCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new MakePresumptiveFindingOfDeathCommand(caseId, entryId, HistoricalDate.ofNullable(foundOn),
                HistoricalDate.ofNullable(presumedDeathOn), authority, reason, source, expectedVersion);
    }
}
