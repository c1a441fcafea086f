package org.fullaccounting.projections.history;

import java.time.Instant;
import java.util.UUID;

/**
 * What a case's history shows of a document of the source register, as the register describes it
 * now (or did at the history's asOf).
 */
public record SourceFacts(UUID sourceId, String title, String archiveReference, String date, boolean restricted) {

    /** The source linked to the case (POST /api/sources/{id}/cases), why, and when. */
    public record Link(SourceFacts source, String reason, Instant linkedAt) {
    }
}
