package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * The case of one serviceman was opened. {@code importedFrom}: the casualty list's file and line
 * when the case was imported; absent from the stored JSON otherwise (AxonSerializers), so an opening
 * typed in is stored exactly as before the field existed and old events read back with it null.
 */
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
        String source,
        ImportedFrom importedFrom,
        Citation citation) implements CaseEvent {

    public CaseOpenedEvent(UUID caseId, String serviceNumber, PersonName name, String rank, Branch branch,
                           String unit, HistoricalDate lossDate, String lossPlace, String circumstances,
                           CaseStatus status, String source) {
        this(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, circumstances, status, source,
                null, null);
    }

    /** Citing no registered source. */
    public CaseOpenedEvent(UUID caseId, String serviceNumber, PersonName name, String rank, Branch branch,
                           String unit, HistoricalDate lossDate, String lossPlace, String circumstances,
                           CaseStatus status, String source, ImportedFrom importedFrom) {
        this(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, circumstances, status, source,
                importedFrom, null);
    }

    @Override
    public UUID entryId() {
        return caseId;
    }
}
