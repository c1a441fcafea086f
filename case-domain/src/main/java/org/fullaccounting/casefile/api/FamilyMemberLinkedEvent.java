package org.fullaccounting.casefile.api;

import java.util.UUID;

/** A family account was given read access to the case. */
public record FamilyMemberLinkedEvent(
        UUID caseId,
        UUID entryId,
        String username,
        String reason) implements CaseEvent {
}
