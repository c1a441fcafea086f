package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** Makes a living person on the case its primary next of kin, in place of any other. */
public record NamePrimaryNextOfKinCommand(UUID caseId, UUID personId, HistoricalDate since, String reason) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
