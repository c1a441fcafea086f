package org.fullaccounting.projections.remains;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate case of an accession: its name as the search read model knows it (null while it
 * catches up), why it is a candidate, and what became of it: {@code outcome} CANDIDATE, EXCLUDED
 * (with {@code excludedBecause}) or IDENTIFIED (with method, date and sample).
 */
public record CandidateView(UUID caseId, String displayName, String reason, String outcome, String excludedBecause,
                            String method, String identifiedOn, String sample, Instant addedAt) {
}
