package org.fullaccounting.casefile.api;

import java.util.UUID;

/** Remains believed to be the serviceman's were recovered. */
public record RemainsRecoveredEvent(
        UUID caseId,
        UUID entryId,
        HistoricalDate recoveredOn,
        String place,
        String operation,
        String source,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public RemainsRecoveredEvent(UUID caseId, UUID entryId, HistoricalDate recoveredOn, String place,
                                 String operation, String source) {
        this(caseId, entryId, recoveredOn, place, operation, source, null);
    }
}
