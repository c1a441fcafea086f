package org.fullaccounting.projections.board;

import org.fullaccounting.casefile.api.CaseStatus;

import java.util.Map;

/**
 * The board's numbers. "Unresolved" sightings are those assessed UNRESOLVED; sightings not yet
 * assessed are counted apart. Retracted sightings count in neither.
 */
public record BoardCounts(
        long cases,
        Map<CaseStatus, Long> byStatus,
        long lastSeenAlive,
        long withUnresolvedSightings,
        long withUnassessedSightings) {
}
