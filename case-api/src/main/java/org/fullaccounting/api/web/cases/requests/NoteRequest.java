package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.AddNoteCommand;
import java.util.UUID;

/** POST /api/cases/{caseId}/notes */
public record NoteRequest(
        @NotBlank @Size(max = 10000) String text) implements EntryRequest {

    @Override
    public AddNoteCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return new AddNoteCommand(caseId, entryId, text, expectedVersion);
    }
}
