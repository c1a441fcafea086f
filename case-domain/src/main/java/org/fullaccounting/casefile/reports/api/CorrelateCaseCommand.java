package org.fullaccounting.casefile.reports.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.Assessment;

import java.util.UUID;

/**
 * Says the report may concern this case, with a first assessment of how far and why. A case is
 * correlated with a report at most once; that it exists is the application's to check.
 */
public record CorrelateCaseCommand(@TargetAggregateIdentifier UUID reportId, UUID caseId, Assessment assessment,
                                   String reason) implements SightingReportCommand {
}
