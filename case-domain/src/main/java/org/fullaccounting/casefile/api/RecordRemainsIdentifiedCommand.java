package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/**
 * Recovered remains were identified as the serviceman's; this accounts for the case. With an
 * {@code accession}, the remains were identified in that accession (which is their recovery), and
 * the application sends this in the transaction that records the identification on the accession.
 */
public record RecordRemainsIdentifiedCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        HistoricalDate identifiedOn,
        IdentificationMethod method,
        String source,
        AccessionRef accession,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {

    /** Citing no registered source, identified on the case alone. */
    public RecordRemainsIdentifiedCommand(UUID caseId, UUID entryId, HistoricalDate identifiedOn,
                                          IdentificationMethod method, String source, Long expectedVersion) {
        this(caseId, entryId, identifiedOn, method, source, null, expectedVersion, null);
    }

    /** Identified in a remains accession, citing no registered source. */
    public RecordRemainsIdentifiedCommand(UUID caseId, UUID entryId, HistoricalDate identifiedOn,
                                          IdentificationMethod method, String source, AccessionRef accession,
                                          Long expectedVersion) {
        this(caseId, entryId, identifiedOn, method, source, accession, expectedVersion, null);
    }

    /** Identified on the case alone, citing a registered source. */
    public RecordRemainsIdentifiedCommand(UUID caseId, UUID entryId, HistoricalDate identifiedOn,
                                          IdentificationMethod method, String source, Long expectedVersion,
                                          Citation citation) {
        this(caseId, entryId, identifiedOn, method, source, null, expectedVersion, citation);
    }
}
