package org.fullaccounting.casefile.api;

import java.util.UUID;

/** An internal note was added. */
public record NoteAddedEvent(
        UUID caseId,
        UUID entryId,
        String text,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public NoteAddedEvent(UUID caseId, UUID entryId, String text) {
        this(caseId, entryId, text, null);
    }
}
