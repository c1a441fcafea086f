package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Takes the case off a named list it is on, citing the source and why. */
public record RemoveFromListCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        ListEdition list,
        String source,
        UUID sourceId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
