package org.fullaccounting.casefile.people.api;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** A relative was recorded on the case. */
public record PersonAddedEvent(UUID caseId, UUID personId, String name, Relationship relationship, HistoricalDate bornOn) implements PeopleEvent {
}
