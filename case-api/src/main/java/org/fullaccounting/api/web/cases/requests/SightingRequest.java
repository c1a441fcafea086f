package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.casefile.api.ReportSightingCommand;
import org.fullaccounting.casefile.api.HistoricalDate;
import java.util.UUID;

/** POST /api/cases/{caseId}/sightings */
public record SightingRequest(
        @NotBlank @PartialDate String observedOn,
        @NotBlank @PartialDate String reportedOn,
        @Size(max = 300) String place,
        @NotNull SourceKind sourceKind,
        @Size(max = 300) String witness,
        @NotBlank @Size(max = 10000) String description,
        @NotBlank @Size(max = 1000) String source) implements EntryRequest {

    @Override
    public ReportSightingCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new ReportSightingCommand(caseId, entryId, HistoricalDate.ofNullable(observedOn),
                HistoricalDate.ofNullable(reportedOn), place, sourceKind, witness, description, source, expectedVersion);
    }
}
