package org.fullaccounting.casefile.api;

import java.util.UUID;

/** An internal note was added. */
public record NoteAddedEvent(
        UUID caseId,
        UUID entryId,
        String text) implements CaseEvent {
}
