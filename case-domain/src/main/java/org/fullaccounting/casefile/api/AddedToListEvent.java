package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * The case was put on a named list. {@code lastSeenAlive}: the case's Last Seen Alive designation
 * after this event (true), or null when the list is not the Last Seen Alive list.
 */
public record AddedToListEvent(
        UUID caseId,
        UUID entryId,
        ListEdition list,
        String source,
        UUID sourceId,
        String reason,
        Boolean lastSeenAlive) implements CaseEvent {
}
