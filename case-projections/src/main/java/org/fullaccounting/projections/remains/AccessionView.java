package org.fullaccounting.projections.remains;

import java.time.Instant;
import java.util.UUID;

/** One accession as the register holds it, with how many candidates it has and how many were identified. */
public record AccessionView(UUID accessionId, String name, String receivedOn, String origin, String lot,
                            int candidates, int identified, long version, Instant receivedAt, String receivedBy) {
}
