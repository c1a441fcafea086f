package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * The analysts concluded, as of {@code designatedOn}, that his remains cannot be recovered. A
 * designation, not a status: it can be reopened ({@link NonRecoverableReopenedEvent}).
 */
public record NonRecoverableDesignatedEvent(
        UUID caseId,
        UUID entryId,
        HistoricalDate designatedOn,
        String authority,
        String reason,
        String source,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public NonRecoverableDesignatedEvent(UUID caseId, UUID entryId, HistoricalDate designatedOn, String authority,
                                         String reason, String source) {
        this(caseId, entryId, designatedOn, authority, reason, source, null);
    }
}
