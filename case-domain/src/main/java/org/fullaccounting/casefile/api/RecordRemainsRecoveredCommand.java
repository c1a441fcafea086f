package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Remains believed to be the serviceman's were recovered. */
public record RecordRemainsRecoveredCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        HistoricalDate recoveredOn,
        String place,
        String operation,
        String source,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public RecordRemainsRecoveredCommand(UUID caseId, UUID entryId, HistoricalDate recoveredOn, String place,
                                         String operation, String source, Long expectedVersion) {
        this(caseId, entryId, recoveredOn, place, operation, source, expectedVersion, null);
    }
}
