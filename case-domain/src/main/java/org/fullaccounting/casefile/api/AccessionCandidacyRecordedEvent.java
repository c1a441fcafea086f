package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The case is among the candidates of a remains accession (received on {@code receivedOn}), and why. */
public record AccessionCandidacyRecordedEvent(
        UUID caseId,
        UUID entryId,
        AccessionRef accession,
        HistoricalDate receivedOn,
        String reason) implements CaseEvent {
}
