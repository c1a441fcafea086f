package org.fullaccounting.projections.search;

import java.util.UUID;

/** A case found by a search: the spelling that matched and how closely (1 = exact service number). */
public record SearchHit(UUID caseId, String serviceNumber, String name, String matchedName, double score) {
}
