package org.fullaccounting.casefile.api;

import java.util.UUID;

/** A sighting report was logged; {@code entryId} is the sighting's id. */
public record SightingReportedEvent(
        UUID caseId,
        UUID entryId,
        HistoricalDate observedOn,
        HistoricalDate reportedOn,
        String place,
        SourceKind sourceKind,
        String witness,
        String description,
        String source,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public SightingReportedEvent(UUID caseId, UUID entryId, HistoricalDate observedOn, HistoricalDate reportedOn,
                                 String place, SourceKind sourceKind, String witness, String description,
                                 String source) {
        this(caseId, entryId, observedOn, reportedOn, place, sourceKind, witness, description, source, null);
    }
}
