package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Gives a family account read access to this case, saying why (e.g. "nephew, per family petition"). */
public record LinkFamilyMemberCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        String username,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
