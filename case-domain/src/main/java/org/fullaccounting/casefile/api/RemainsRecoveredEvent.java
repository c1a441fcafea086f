package org.fullaccounting.casefile.api;

import java.util.UUID;

/** Remains believed to be the serviceman's were recovered. */
public record RemainsRecoveredEvent(
        UUID caseId,
        UUID entryId,
        HistoricalDate recoveredOn,
        String place,
        String operation,
        String source) implements CaseEvent {
}
