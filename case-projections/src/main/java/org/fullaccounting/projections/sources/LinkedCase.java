package org.fullaccounting.projections.sources;

import java.time.Instant;
import java.util.UUID;

/** A case a source is linked to, its name as the search read model knows it (null while it catches up), and why. */
public record LinkedCase(UUID caseId, String displayName, String reason, Instant linkedAt) {
}
