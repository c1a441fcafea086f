package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * Remains were identified; the case is accounted for from here on. {@code accession}: the remains
 * accession they were identified in, when they were; absent from the stored JSON otherwise
 * (AxonSerializers), so an identification recorded on the case alone is stored exactly as before the
 * field existed and old events read back with it null.
 */
public record RemainsIdentifiedEvent(
        UUID caseId,
        UUID entryId,
        HistoricalDate identifiedOn,
        IdentificationMethod method,
        CaseStatus previousStatus,
        String source,
        AccessionRef accession,
        Citation citation) implements CaseEvent {

    /** Citing no registered source, identified on the case alone. */
    public RemainsIdentifiedEvent(UUID caseId, UUID entryId, HistoricalDate identifiedOn, IdentificationMethod method,
                                  CaseStatus previousStatus, String source) {
        this(caseId, entryId, identifiedOn, method, previousStatus, source, null, null);
    }

    /** Identified in a remains accession, citing no registered source. */
    public RemainsIdentifiedEvent(UUID caseId, UUID entryId, HistoricalDate identifiedOn, IdentificationMethod method,
                                  CaseStatus previousStatus, String source, AccessionRef accession) {
        this(caseId, entryId, identifiedOn, method, previousStatus, source, accession, null);
    }

    /** Identified on the case alone, citing a registered source. */
    public RemainsIdentifiedEvent(UUID caseId, UUID entryId, HistoricalDate identifiedOn, IdentificationMethod method,
                                  CaseStatus previousStatus, String source, Citation citation) {
        this(caseId, entryId, identifiedOn, method, previousStatus, source, null, citation);
    }
}
