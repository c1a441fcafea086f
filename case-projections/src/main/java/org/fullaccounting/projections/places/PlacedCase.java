package org.fullaccounting.projections.places;

import java.time.Instant;
import java.util.UUID;

/** A case linked to an incident or camp: its name as the search read model knows it (null while it catches up), and why. */
public record PlacedCase(UUID caseId, String displayName, String reason, Instant linkedAt) {
}
