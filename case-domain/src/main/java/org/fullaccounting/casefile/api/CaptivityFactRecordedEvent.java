package org.fullaccounting.casefile.api;

import java.util.UUID;

/** A capture, internment or transfer was recorded. */
public record CaptivityFactRecordedEvent(
        UUID caseId,
        UUID entryId,
        CaptivityFactKind kind,
        HistoricalDate on,
        String place,
        String by,
        String camp,
        String destination,
        String source,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public CaptivityFactRecordedEvent(UUID caseId, UUID entryId, CaptivityFactKind kind, HistoricalDate on,
                                      String place, String by, String camp, String destination, String source) {
        this(caseId, entryId, kind, on, place, by, camp, destination, source, null);
    }
}
