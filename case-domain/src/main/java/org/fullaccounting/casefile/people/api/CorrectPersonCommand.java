package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** Corrects a person's name, relationship and birth date, in full, with a reason. */
public record CorrectPersonCommand(UUID caseId, UUID personId, String name, Relationship relationship, HistoricalDate bornOn, String reason) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
