package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Applies a finding made for many cases to this one; a status it carries goes through the reclassification rules. */
public record ApplyFindingCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        Finding finding,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
