package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.DesignateNonRecoverableCommand;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/**
 * POST /api/cases/{caseId}/non-recoverable-designations: the analysts' conclusion, its date and why;
 * its source in free text, or a registered source cited (sourceId, locator), or both.
 */
@SourceNamed
public record NonRecoverableRequest(
        @NotBlank @PartialDate String designatedOn,
        @Size(max = 300) String authority,
        @NotBlank @Size(max = 10000) String reason,
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest, SourceNamed.Citing {

    @Override
    public DesignateNonRecoverableCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new DesignateNonRecoverableCommand(caseId, entryId, HistoricalDate.ofNullable(designatedOn), authority,
                reason, source, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
