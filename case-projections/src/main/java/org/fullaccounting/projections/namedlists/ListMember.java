package org.fullaccounting.projections.namedlists;

import java.time.Instant;
import java.util.UUID;

/** A case on a list: who it is, the edition it joined under, the source and reason, when and by whom. */
public record ListMember(UUID caseId, String serviceNumber, String name, String status, String listVersion,
                         String source, UUID sourceId, String reason, Instant addedAt, String addedBy) {
}
