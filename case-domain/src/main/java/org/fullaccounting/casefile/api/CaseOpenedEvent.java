package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The case of one serviceman was opened. */
public record CaseOpenedEvent(
        UUID caseId,
        String serviceNumber,
        PersonName name,
        String rank,
        Branch branch,
        String unit,
        HistoricalDate lossDate,
        String lossPlace,
        String circumstances,
        CaseStatus status,
        String source) implements CaseEvent {
    @Override
    public UUID entryId() {
        return caseId;
    }
}
