package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/**
 * Puts the case on a named list, citing the source (free text, a registered source's id, or both)
 * and why. The list's edition is the application's to read from the list register.
 */
public record AddToListCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        ListEdition list,
        String source,
        UUID sourceId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
