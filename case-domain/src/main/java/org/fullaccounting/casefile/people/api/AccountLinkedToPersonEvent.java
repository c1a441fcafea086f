package org.fullaccounting.casefile.people.api;


import java.util.UUID;

/** A family account is now this person's own. */
public record AccountLinkedToPersonEvent(UUID caseId, UUID personId, String username, String reason) implements PeopleEvent {
}
