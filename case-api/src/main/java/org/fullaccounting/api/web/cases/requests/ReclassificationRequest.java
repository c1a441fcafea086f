package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.ReclassifyStatusCommand;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases/{caseId}/reclassifications */
@SourceNamed
public record ReclassificationRequest(
        @NotNull CaseStatus to,
        @NotBlank @PartialDate String effectiveOn,
        @NotBlank @Size(max = 300) String authority,
        @Size(max = 10000) String reason,
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest, SourceNamed.Citing {

    @Override
    public ReclassifyStatusCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new ReclassifyStatusCommand(caseId, entryId, to, HistoricalDate.ofNullable(effectiveOn), authority,
                reason, source, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
