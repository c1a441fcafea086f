package org.fullaccounting.api.application.reports;

import java.util.UUID;

/** The answer to a write to a sighting report: the report and its version (its number of events) after it. */
public record ReportWritten(UUID reportId, long version) {
}
