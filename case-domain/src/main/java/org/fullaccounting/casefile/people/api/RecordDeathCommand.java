package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** Records a person's death; when they were the primary next of kin, successorId (optional) names who follows. */
public record RecordDeathCommand(UUID caseId, UUID personId, HistoricalDate diedOn, String source, UUID successorId) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
