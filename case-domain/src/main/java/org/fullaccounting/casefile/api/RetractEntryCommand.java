package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Withdraws an earlier entry with a reason. The entry stays in the stream, marked retracted. */
public record RetractEntryCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        UUID retractedEntryId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
