package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * The case was taken off a named list. {@code lastSeenAlive}: the case's Last Seen Alive
 * designation after this event (its own designation, which the list's membership no longer
 * overrides), or null when the list is not the Last Seen Alive list.
 */
public record RemovedFromListEvent(
        UUID caseId,
        UUID entryId,
        ListEdition list,
        String source,
        UUID sourceId,
        String reason,
        Boolean lastSeenAlive) implements CaseEvent {
}
