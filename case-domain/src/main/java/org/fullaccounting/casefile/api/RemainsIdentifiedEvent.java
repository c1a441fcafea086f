package org.fullaccounting.casefile.api;

import java.util.UUID;

/** Remains were identified; the case is accounted for from here on. */
public record RemainsIdentifiedEvent(
        UUID caseId,
        UUID entryId,
        HistoricalDate identifiedOn,
        IdentificationMethod method,
        CaseStatus previousStatus,
        String source) implements CaseEvent {
}
