package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.CaptivityFactKind;
import org.fullaccounting.casefile.api.RecordCaptivityFactCommand;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases/{caseId}/captivity: CAPTURED needs place, INTERNED needs camp, TRANSFERRED needs destination. */
@SourceNamed
public record CaptivityRequest(
        @NotNull CaptivityFactKind kind,
        @PartialDate String on,
        @Size(max = 300) String place,
        @Size(max = 300) String by,
        @Size(max = 300) String camp,
        @Size(max = 300) String destination,
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest, SourceNamed.Citing {

    @Override
    public RecordCaptivityFactCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new RecordCaptivityFactCommand(caseId, entryId, kind, HistoricalDate.ofNullable(on), place, by, camp,
                destination, source, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
