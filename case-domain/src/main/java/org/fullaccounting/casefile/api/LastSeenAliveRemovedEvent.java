package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The serviceman was taken off the Last Seen Alive list. */
public record LastSeenAliveRemovedEvent(
        UUID caseId,
        UUID entryId,
        String source,
        String reason) implements CaseEvent {
}
