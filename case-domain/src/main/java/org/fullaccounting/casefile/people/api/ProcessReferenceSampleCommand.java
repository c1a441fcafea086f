package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Records that the laboratory processed a reference sample: from then on it is usable for comparisons. */
public record ProcessReferenceSampleCommand(UUID caseId, UUID sampleId, LocalDate processedOn, String labReference) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
