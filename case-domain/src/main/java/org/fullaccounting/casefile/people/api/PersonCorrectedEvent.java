package org.fullaccounting.casefile.people.api;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** A person's name, relationship and birth date as they now read; the earlier ones stay in the events. */
public record PersonCorrectedEvent(UUID caseId, UUID personId, String name, Relationship relationship, HistoricalDate bornOn, String reason) implements PeopleEvent {
}
