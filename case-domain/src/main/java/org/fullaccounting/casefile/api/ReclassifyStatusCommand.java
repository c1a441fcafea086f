package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Changes the case's status on an authority's order, citing the source document. */
public record ReclassifyStatusCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        CaseStatus to,
        HistoricalDate effectiveOn,
        String authority,
        String reason,
        String source,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public ReclassifyStatusCommand(UUID caseId, UUID entryId, CaseStatus to, HistoricalDate effectiveOn,
                                   String authority, String reason, String source, Long expectedVersion) {
        this(caseId, entryId, to, effectiveOn, authority, reason, source, expectedVersion, null);
    }
}
