package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.Direction;
import org.fullaccounting.casefile.api.LogCorrespondenceCommand;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases/{caseId}/correspondence */
public record CorrespondenceRequest(
        @NotBlank @PartialDate String date,
        @NotNull CorrespondenceKind kind,
        @NotNull Direction direction,
        @Size(max = 300) String from,
        @Size(max = 300) String to,
        @NotBlank @Size(max = 500) String subject,
        @Size(max = 10000) String summary,
        @Size(max = 500) String documentRef,
        boolean restricted,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest {

    @Override
    public LogCorrespondenceCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new LogCorrespondenceCommand(caseId, entryId, HistoricalDate.ofNullable(date), kind, direction, from,
                to, subject, summary, documentRef, restricted, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
