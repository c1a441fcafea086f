package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Designates the case non-recoverable, with the date of the conclusion, why, and the source (free text, a
 * registered source cited, or both). */
public record DesignateNonRecoverableCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        HistoricalDate designatedOn,
        String authority,
        String reason,
        String source,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public DesignateNonRecoverableCommand(UUID caseId, UUID entryId, HistoricalDate designatedOn, String authority,
                                          String reason, String source, Long expectedVersion) {
        this(caseId, entryId, designatedOn, authority, reason, source, expectedVersion, null);
    }
}
