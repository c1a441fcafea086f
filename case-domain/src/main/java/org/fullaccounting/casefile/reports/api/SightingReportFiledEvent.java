package org.fullaccounting.casefile.reports.api;

import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.SourceKind;

import java.util.UUID;

/** A sighting report was filed; place, witness and sourceId may be absent. */
public record SightingReportFiledEvent(
        UUID reportId,
        HistoricalDate observedOn,
        HistoricalDate reportedOn,
        String place,
        SourceKind sourceKind,
        String witness,
        String description,
        UUID sourceId) implements SightingReportEvent {
}
