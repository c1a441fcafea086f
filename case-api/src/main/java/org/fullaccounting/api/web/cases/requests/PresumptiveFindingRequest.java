package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.MakePresumptiveFindingOfDeathCommand;

import java.util.UUID;

/**
 * POST /api/cases/{caseId}/presumptive-findings: a finding of death, and the date of death it presumes;
 * its source in free text, or a registered source cited (sourceId, locator), or both.
 */
@SourceNamed
public record PresumptiveFindingRequest(
        @NotBlank @PartialDate String foundOn,
        @NotBlank @PartialDate String presumedDeathOn,
        @NotBlank @Size(max = 300) String authority,
        @Size(max = 10000) String reason,
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest, SourceNamed.Citing {

    @Override
    public MakePresumptiveFindingOfDeathCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new MakePresumptiveFindingOfDeathCommand(caseId, entryId, HistoricalDate.ofNullable(foundOn),
                HistoricalDate.ofNullable(presumedDeathOn), authority, reason, source, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
