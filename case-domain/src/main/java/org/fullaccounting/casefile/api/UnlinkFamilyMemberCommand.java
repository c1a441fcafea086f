package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Withdraws a family account's access to this case, saying why. */
public record UnlinkFamilyMemberCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        String username,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
