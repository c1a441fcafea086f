package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The non-recoverable conclusion was reopened as of {@code reopenedOn} (new evidence, a new site). */
public record NonRecoverableReopenedEvent(
        UUID caseId,
        UUID entryId,
        HistoricalDate reopenedOn,
        String reason,
        String source,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public NonRecoverableReopenedEvent(UUID caseId, UUID entryId, HistoricalDate reopenedOn, String reason,
                                       String source) {
        this(caseId, entryId, reopenedOn, reason, source, null);
    }
}
