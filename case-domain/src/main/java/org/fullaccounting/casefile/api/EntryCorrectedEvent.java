package org.fullaccounting.casefile.api;

import java.util.UUID;

/** A source gives another value for a field of an earlier entry; the original stays as it was. */
public record EntryCorrectedEvent(
        UUID caseId,
        UUID entryId,
        UUID correctedEntryId,
        EntryKind correctedKind,
        String field,
        String value,
        String reason,
        String source,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public EntryCorrectedEvent(UUID caseId, UUID entryId, UUID correctedEntryId, EntryKind correctedKind,
                               String field, String value, String reason, String source) {
        this(caseId, entryId, correctedEntryId, correctedKind, field, value, reason, source, null);
    }
}
