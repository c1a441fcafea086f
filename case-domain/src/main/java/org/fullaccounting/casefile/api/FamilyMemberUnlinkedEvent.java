package org.fullaccounting.casefile.api;

import java.util.UUID;

/** A family account's read access to the case was withdrawn. */
public record FamilyMemberUnlinkedEvent(
        UUID caseId,
        UUID entryId,
        String username,
        String reason) implements CaseEvent {
}
