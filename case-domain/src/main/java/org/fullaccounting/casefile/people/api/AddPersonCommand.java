package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** Records a relative of the serviceman on the case under a new person id. */
public record AddPersonCommand(UUID caseId, UUID personId, String name, Relationship relationship, HistoricalDate bornOn) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
