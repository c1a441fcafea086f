package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Someone reports having seen the serviceman, or Americans matching him. Observed and reported dates differ. */
public record ReportSightingCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        HistoricalDate observedOn,
        HistoricalDate reportedOn,
        String place,
        SourceKind sourceKind,
        String witness,
        String description,
        String source,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public ReportSightingCommand(UUID caseId, UUID entryId, HistoricalDate observedOn, HistoricalDate reportedOn,
                                 String place, SourceKind sourceKind, String witness, String description,
                                 String source, Long expectedVersion) {
        this(caseId, entryId, observedOn, reportedOn, place, sourceKind, witness, description, source, expectedVersion, null);
    }
}
