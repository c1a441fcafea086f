package org.fullaccounting.projections.sightings;

import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.SourceKind;

import java.time.Instant;
import java.util.UUID;

/** A sighting report as listed: who it is about, what was seen, and where its assessment stands. */
public record SightingView(
        UUID sightingId,
        UUID caseId,
        String serviceNumber,
        String name,
        String observedOn,
        String reportedOn,
        String place,
        SourceKind sourceKind,
        String witness,
        String description,
        String source,
        Instant recordedAt,
        String recordedBy,
        Assessment assessment,
        String assessmentReason,
        Instant assessedAt,
        String assessedBy,
        boolean retracted,
        String retractionReason) {
}
