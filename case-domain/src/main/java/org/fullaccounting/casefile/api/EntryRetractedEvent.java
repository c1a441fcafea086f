package org.fullaccounting.casefile.api;

import java.util.UUID;

/** An earlier entry was retracted. Where the entry had changed the case's status or its Last Seen Alive designation, the restored value is carried here; otherwise those are null. */
public record EntryRetractedEvent(
        UUID caseId,
        UUID entryId,
        UUID retractedEntryId,
        EntryKind retractedKind,
        String reason,
        CaseStatus restoredStatus,
        Boolean restoredLastSeenAlive) implements CaseEvent {
}
