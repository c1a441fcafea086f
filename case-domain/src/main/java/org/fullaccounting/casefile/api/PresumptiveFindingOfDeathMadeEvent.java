package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * A finding of death was made for a serviceman in a missing status (37 U.S.C. 555/556): from
 * {@code foundOn} his status is Missing, Presumed Dead, and the finding presumes he died on
 * {@code presumedDeathOn} (never after the finding). {@code from} is the status it replaced.
 */
public record PresumptiveFindingOfDeathMadeEvent(
        UUID caseId,
        UUID entryId,
        CaseStatus from,
        HistoricalDate foundOn,
        HistoricalDate presumedDeathOn,
        String authority,
        String reason,
        String source,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public PresumptiveFindingOfDeathMadeEvent(UUID caseId, UUID entryId, CaseStatus from, HistoricalDate foundOn,
                                              HistoricalDate presumedDeathOn, String authority, String reason,
                                              String source) {
        this(caseId, entryId, from, foundOn, presumedDeathOn, authority, reason, source, null);
    }
}
