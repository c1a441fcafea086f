package org.fullaccounting.casefile.people.api;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** The case's primary next of kin is now this person (previousPersonId: who was before, or null). */
public record PrimaryNextOfKinNamedEvent(UUID caseId, UUID personId, UUID previousPersonId, HistoricalDate since, String reason) implements PeopleEvent {
}
