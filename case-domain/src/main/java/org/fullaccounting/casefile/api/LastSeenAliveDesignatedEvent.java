package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The serviceman was put on the Last Seen Alive list. */
public record LastSeenAliveDesignatedEvent(
        UUID caseId,
        UUID entryId,
        String source,
        String reason,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public LastSeenAliveDesignatedEvent(UUID caseId, UUID entryId, String source, String reason) {
        this(caseId, entryId, source, reason, null);
    }
}
