package org.fullaccounting.projections.reports;

import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.SourceKind;

import java.time.Instant;
import java.util.UUID;

/** A correlation still waiting for a conclusion (assessed UNRESOLVED), with what the report says. */
public record QueuedCorrelation(UUID reportId, UUID caseId, String displayName, String observedOn, String reportedOn,
                                String place, SourceKind sourceKind, Assessment assessment, String reason,
                                Instant correlatedAt) {
}
