package org.fullaccounting.casefile.people.api;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** A person on the case died; if they were the primary next of kin they are no longer. */
public record PersonDiedEvent(UUID caseId, UUID personId, HistoricalDate diedOn, String source) implements PeopleEvent {
}
