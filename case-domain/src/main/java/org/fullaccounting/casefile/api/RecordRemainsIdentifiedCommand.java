package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Recovered remains were identified as the serviceman's; this accounts for the case. */
public record RecordRemainsIdentifiedCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        HistoricalDate identifiedOn,
        IdentificationMethod method,
        String source,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
