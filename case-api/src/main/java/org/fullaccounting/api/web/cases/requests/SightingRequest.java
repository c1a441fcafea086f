package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.casefile.api.ReportSightingCommand;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases/{caseId}/sightings */
@SourceNamed
public record SightingRequest(
        @NotBlank @PartialDate String observedOn,
        @NotBlank @PartialDate String reportedOn,
        @Size(max = 300) String place,
        @NotNull SourceKind sourceKind,
        @Size(max = 300) String witness,
        @NotBlank @Size(max = 10000) String description,
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest, SourceNamed.Citing {

    @Override
    public ReportSightingCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new ReportSightingCommand(caseId, entryId, HistoricalDate.ofNullable(observedOn),
                HistoricalDate.ofNullable(reportedOn), place, sourceKind, witness, description, source, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
