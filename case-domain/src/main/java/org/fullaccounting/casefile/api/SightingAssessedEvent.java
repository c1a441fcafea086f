package org.fullaccounting.casefile.api;

import java.util.UUID;

/** A sighting was assessed; {@code previousAssessment} is null for its first assessment. */
public record SightingAssessedEvent(
        UUID caseId,
        UUID entryId,
        UUID sightingId,
        Assessment assessment,
        Assessment previousAssessment,
        String reason,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public SightingAssessedEvent(UUID caseId, UUID entryId, UUID sightingId, Assessment assessment,
                                 Assessment previousAssessment, String reason) {
        this(caseId, entryId, sightingId, assessment, previousAssessment, reason, null);
    }
}
