package org.fullaccounting.casefile.reports.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.SourceKind;

import java.util.UUID;

/**
 * Files a report of a sighting of possibly several unnamed people (Oprica's fifty prisoners near
 * Pyongyang in 1979) under a new id. {@code sourceId}, when given, is a document in the source
 * register; that it exists is the application's to check.
 */
public record FileSightingReportCommand(
        @TargetAggregateIdentifier UUID reportId,
        HistoricalDate observedOn,
        HistoricalDate reportedOn,
        String place,
        SourceKind sourceKind,
        String witness,
        String description,
        UUID sourceId) implements SightingReportCommand {
}
