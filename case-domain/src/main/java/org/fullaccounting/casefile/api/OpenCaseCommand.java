package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Opens the one case of a serviceman. The service number must not belong to another case.
 * {@code importedFrom} names the casualty list's file and line when the opening was imported, else null.
 */
public record OpenCaseCommand(
        @TargetAggregateIdentifier UUID caseId,
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
        Citation citation) implements CaseCommand {

    /** An opening typed in (API, page): no import behind it. */
    public OpenCaseCommand(UUID caseId, String serviceNumber, PersonName name, String rank, Branch branch,
                           String unit, HistoricalDate lossDate, String lossPlace, String circumstances,
                           CaseStatus status, String source) {
        this(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, circumstances, status, source,
                null, null);
    }

    /** The opening is the case's first entry and has the case's id, as its event. */
    /** Citing no registered source. */
    public OpenCaseCommand(UUID caseId, String serviceNumber, PersonName name, String rank, Branch branch,
                           String unit, HistoricalDate lossDate, String lossPlace, String circumstances,
                           CaseStatus status, String source, ImportedFrom importedFrom) {
        this(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, circumstances, status, source,
                importedFrom, null);
    }

    @Override
    public UUID entryId() {
        return caseId;
    }

    /** A case is opened once: there is no earlier version to expect. */
    @Override
    public Long expectedVersion() {
        return null;
    }
}
