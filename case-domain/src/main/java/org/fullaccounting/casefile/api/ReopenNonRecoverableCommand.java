package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Reopens a non-recoverable designation, saying why and naming the source (free text, a
 * registered source cited, or both). */
public record ReopenNonRecoverableCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        HistoricalDate reopenedOn,
        String reason,
        String source,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public ReopenNonRecoverableCommand(UUID caseId, UUID entryId, HistoricalDate reopenedOn, String reason,
                                       String source, Long expectedVersion) {
        this(caseId, entryId, reopenedOn, reason, source, expectedVersion, null);
    }
}
