package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.ReopenNonRecoverableCommand;

import java.util.UUID;

/**
 * POST /api/cases/{caseId}/non-recoverable-reopenings: the designation is reopened, as of a date, and
 * why; its source in free text, or a registered source cited (sourceId, locator), or both.
 */
@SourceNamed
public record ReopeningRequest(
        @NotBlank @PartialDate String reopenedOn,
        @NotBlank @Size(max = 10000) String reason,
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest, SourceNamed.Citing {

    @Override
    public ReopenNonRecoverableCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new ReopenNonRecoverableCommand(caseId, entryId, HistoricalDate.ofNullable(reopenedOn), reason, source,
                expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
