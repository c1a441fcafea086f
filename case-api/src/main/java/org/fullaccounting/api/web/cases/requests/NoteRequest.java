package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.AddNoteCommand;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases/{caseId}/notes */
public record NoteRequest(
        @NotBlank @Size(max = 10000) String text,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest {

    @Override
    public AddNoteCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new AddNoteCommand(caseId, entryId, text, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
