package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The case's status changed from one to another on an authority's order. */
public record StatusReclassifiedEvent(
        UUID caseId,
        UUID entryId,
        CaseStatus from,
        CaseStatus to,
        HistoricalDate effectiveOn,
        String authority,
        String reason,
        String source,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public StatusReclassifiedEvent(UUID caseId, UUID entryId, CaseStatus from, CaseStatus to,
                                   HistoricalDate effectiveOn, String authority, String reason, String source) {
        this(caseId, entryId, from, to, effectiveOn, authority, reason, source, null);
    }
}
