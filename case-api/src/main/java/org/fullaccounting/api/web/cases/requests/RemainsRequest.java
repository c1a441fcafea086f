package org.fullaccounting.api.web.cases.requests;

import org.fullaccounting.casefile.api.CaseCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.IdentificationMethod;
import org.fullaccounting.casefile.api.RecordRemainsRecoveredCommand;
import org.fullaccounting.casefile.api.RecordRemainsIdentifiedCommand;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases/{caseId}/remains: RECOVERED (date, place, operation) or IDENTIFIED (date, method). */
@SourceNamed
public record RemainsRequest(
        @NotNull Stage kind,
        @PartialDate String date,
        @Size(max = 300) String place,
        @Size(max = 300) String operation,
        IdentificationMethod method,
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest, SourceNamed.Citing {

    public enum Stage { RECOVERED, IDENTIFIED }

    @Override
    public CaseCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return kind == Stage.RECOVERED
                ? new RecordRemainsRecoveredCommand(caseId, entryId, HistoricalDate.ofNullable(date), place, operation,
                        source, expectedVersion, citation())
                : new RecordRemainsIdentifiedCommand(caseId, entryId, HistoricalDate.ofNullable(date), method, source,
                        expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
