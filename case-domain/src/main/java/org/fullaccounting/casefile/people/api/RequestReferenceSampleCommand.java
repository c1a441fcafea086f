package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Records that a reference sample kit was sent to a donor on the case. */
public record RequestReferenceSampleCommand(UUID caseId, UUID sampleId, UUID donorId, SampleType type, Line line, LocalDate requestedOn) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
