package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The serviceman was put on the Last Seen Alive list. */
public record LastSeenAliveDesignatedEvent(
        UUID caseId,
        UUID entryId,
        String source,
        String reason) implements CaseEvent {
}
