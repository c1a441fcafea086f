package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Reopens a non-recoverable designation, saying why and citing the source. */
public record ReopenNonRecoverableCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        HistoricalDate reopenedOn,
        String reason,
        String source,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
