package org.fullaccounting.projections.reports;

import org.fullaccounting.casefile.api.SourceKind;

import java.time.Instant;
import java.util.UUID;

/**
 * One sighting report as staff read it: what was seen, when, where, by whom; the registered source it
 * comes from (its title, null when none or unknown to the register); {@code version} counts the
 * report's events; {@code correlations} and {@code unresolved} count the cases it is correlated with.
 */
public record ReportView(UUID reportId, String observedOn, String reportedOn, String place, SourceKind sourceKind,
                         String witness, String description, UUID sourceId, String sourceTitle, long version,
                         Instant recordedAt, String recordedBy, int correlations, int unresolved) {
}
