package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.RetractEntryCommand;
import org.fullaccounting.casefile.api.CorrectEntryCommand;

/** POST /api/cases/{caseId}/corrections: RETRACT an entry (reason), or CORRECT one of its fields (field, value, reason, source). */
public record CorrectionRequest(
        @NotNull UUID entryId,
        @NotNull Action action,
        @NotBlank @Size(max = 10000) String reason,
        @Size(max = 100) String field,
        @Size(max = 10000) String value,
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest {

    public enum Action { RETRACT, CORRECT }

    @Override
    public CaseCommand command(UUID caseId, UUID newEntryId, Long expectedVersion) {
        // entryId names the earlier entry this one retracts or corrects.
        return action == Action.RETRACT
                ? new RetractEntryCommand(caseId, newEntryId, entryId, reason, expectedVersion)
                : new CorrectEntryCommand(caseId, newEntryId, entryId, field, value, reason, source, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
