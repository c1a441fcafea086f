package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Records that the laboratory received a reference sample. */
public record ReceiveReferenceSampleCommand(UUID caseId, UUID sampleId, LocalDate receivedOn) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
