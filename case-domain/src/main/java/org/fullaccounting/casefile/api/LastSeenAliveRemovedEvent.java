package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The serviceman was taken off the Last Seen Alive list. */
public record LastSeenAliveRemovedEvent(
        UUID caseId,
        UUID entryId,
        String source,
        String reason,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public LastSeenAliveRemovedEvent(UUID caseId, UUID entryId, String source, String reason) {
        this(caseId, entryId, source, reason, null);
    }
}
